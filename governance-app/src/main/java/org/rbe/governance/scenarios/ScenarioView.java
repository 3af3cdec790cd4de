package org.rbe.governance.scenarios;

import java.util.List;
import java.util.Locale;

/**
 * A generated scenario as experts, the ethics council and the jury see it: its plan, a plain-language
 * explanation in Russian and English (the first line of each is the title in that language), and
 * {@code objectiveValue}, the plan's logistics cost (transfers plus imports, in the data's cost units).
 */
public record ScenarioView(long id, long caseId, int round, int ordinal, String title, String explanationEn,
                           String explanationRu, List<Allocation> allocations, double objectiveValue) {

    public ScenarioView {
        allocations = List.copyOf(allocations);
    }

    /** The explanation in Russian for a Russian locale, in English otherwise. */
    public String explanation(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? explanationRu : explanationEn;
    }

    /** The title in the language of {@code locale} (the first line of the explanation). */
    public String title(Locale locale) {
        String text = explanation(locale);
        int end = text.indexOf('\n');
        return end < 0 ? title : text.substring(0, end);
    }
}
