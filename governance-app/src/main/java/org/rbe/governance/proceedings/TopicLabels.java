package org.rbe.governance.proceedings;

import java.util.Locale;
import java.util.function.Function;
import org.rbe.governance.scenarios.ScenarioGenerator;

/** How a deliberation's topics are named: a scenario by its title, any other option by its code. */
public final class TopicLabels {
    private TopicLabels() {
    }

    public static Function<String, String> of(ScenarioGenerator scenarios, Locale locale) {
        return t -> !t.isEmpty() && t.chars().allMatch(Character::isDigit)
                ? scenarios.scenario(Long.parseLong(t)).title(locale) : t;
    }
}
