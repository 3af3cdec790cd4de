package org.rbe.governance.correlation.internal;

import org.rbe.governance.correlation.InvalidObservationsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses indicators that name a factor the constitution forbids (§2.2): race or ethnicity,
 * political views, sexual orientation, sex or gender. Names are split into word tokens (on
 * non-letters and camelCase), so {@code essex_rainfall} passes while {@code gender_ratio} does not.
 */
public final class ForbiddenFactors {

    private record Category(String key, List<String> words, List<String> stems) {
        boolean matches(String token) {
            return words.contains(token) || stems.stream().anyMatch(token::startsWith);
        }
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("race", List.of("race", "races", "racial", "раса", "расы", "расе", "расу", "рас"),
                    List.of("ethnic", "racis", "этнич", "этнос", "расов")),
            new Category("politics", List.of("party", "parties", "партия", "партии", "партию"),
                    List.of("politic", "партийн", "политич", "политвзгляд")),
            new Category("orientation", List.of("lgbt", "lgbtq", "orientation", "orientations"),
                    List.of("sexual", "homosexual", "heterosexual", "bisexual", "ориентац", "гомосексуал")),
            new Category("sex", List.of("sex", "sexes", "пол", "пола", "полу", "полом", "половой", "половая", "половое",
                    "половые", "полового"),
                    List.of("gender", "гендер")));

    private ForbiddenFactors() {
    }

    /** Throws {@link InvalidObservationsException} when {@code indicator} (seen on {@code lineNo}) is forbidden. */
    public static void check(String indicator, String lineNo) {
        for (String token : tokens(indicator)) {
            for (Category category : CATEGORIES) {
                if (category.matches(token)) {
                    throw new InvalidObservationsException("correlation.error.forbidden." + category.key(),
                            indicator, lineNo);
                }
            }
        }
    }

    /** Whether the name refers to a forbidden factor. */
    public static boolean isForbidden(String indicator) {
        return tokens(indicator).stream().anyMatch(t -> CATEGORIES.stream().anyMatch(c -> c.matches(t)));
    }

    static List<String> tokens(String name) {
        String spaced = name.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
        List<String> tokens = new ArrayList<>();
        for (String token : spaced.split("[^\\p{L}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }
}
