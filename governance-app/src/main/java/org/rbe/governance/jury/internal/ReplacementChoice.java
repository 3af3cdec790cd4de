package org.rbe.governance.jury.internal;

import org.rbe.governance.citizens.CitizenProfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Picks who replaces a juror who declined: among the candidates, those leaving the fewest quotas broken
 * for the panel as it now stands, then those most like the decliner, then one at random from a seed
 * derived from the panel seed, so the replacement is as reproducible as the draw itself.
 */
public final class ReplacementChoice {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ReplacementChoice() {
    }

    /** The replacement, and how many quotas the panel breaks with them on it. */
    public record Pick<P>(P citizen, int brokenQuotas) {
    }

    /** The seed for the {@code number}-th replacement (1-based) on a panel drawn with {@code panelSeed}. */
    public static long seedFor(long panelSeed, int number) {
        return new SplittableRandom(panelSeed + GOLDEN_GAMMA * number).nextLong();
    }

    /**
     * Chooses from {@code candidates} (already filtered for exclusions, earlier draws and households).
     *
     * @param active   the members still on the panel, without the decliner
     * @param declined the decliner's profile, or null when unknown
     */
    public static Optional<Pick<CitizenProfile>> choose(List<Quota> quotas, List<String> categories,
                                                        Collection<CitizenProfile> active, CitizenProfile declined,
                                                        Collection<CitizenProfile> candidates, long seed) {
        return choose(quotas, categories, CitizenProfile::attribute, Comparator.comparingLong(CitizenProfile::id), active,
                declined, candidates, seed);
    }

    /**
     * The same choice over any kind of person (a registry citizen, a row of an uploaded pool).
     *
     * @param attribute a person's value in a category
     * @param order     the order candidates are numbered in before the seeded pick (ids ascending)
     */
    public static <P> Optional<Pick<P>> choose(List<Quota> quotas, List<String> categories,
                                               BiFunction<P, String, String> attribute, Comparator<P> order,
                                               Collection<P> active, P declined, Collection<P> candidates, long seed) {
        Map<String, Quota> byKey = new HashMap<>();
        quotas.forEach(q -> byKey.put(key(q.category(), q.value()), q));
        Map<String, Integer> counts = new HashMap<>();
        for (P member : active) {
            for (String category : categories) {
                counts.merge(key(category, attribute.apply(member, category)), 1, Integer::sum);
            }
        }
        int baseBroken = 0;
        for (Quota quota : quotas) {
            if (!quota.allows(counts.getOrDefault(key(quota.category(), quota.value()), 0))) {
                baseBroken++;
            }
        }
        List<P> sorted = new ArrayList<>(candidates);
        sorted.sort(order);
        List<P> best = new ArrayList<>();
        int bestBroken = Integer.MAX_VALUE;
        int bestLikeness = -1;
        for (P candidate : sorted) {
            int broken = baseBroken;
            int likeness = 0;
            for (String category : categories) {
                String value = attribute.apply(candidate, category);
                String key = key(category, value);
                Quota quota = byKey.getOrDefault(key, new Quota(category, value, 0, 0, 0));
                int before = counts.getOrDefault(key, 0);
                broken += (quota.allows(before + 1) ? 0 : 1) - (quota.allows(before) || !byKey.containsKey(key) ? 0 : 1);
                if (declined != null && attribute.apply(declined, category).equals(value)) {
                    likeness++;
                }
            }
            if (broken < bestBroken || broken == bestBroken && likeness > bestLikeness) {
                best.clear();
                bestBroken = broken;
                bestLikeness = likeness;
            }
            if (broken == bestBroken && likeness == bestLikeness) {
                best.add(candidate);
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        P pick = best.get(new SplittableRandom(seed).nextInt(best.size()));
        return Optional.of(new Pick<>(pick, bestBroken));
    }

    private static String key(String category, String value) {
        return category + '\u0000' + value;
    }
}
