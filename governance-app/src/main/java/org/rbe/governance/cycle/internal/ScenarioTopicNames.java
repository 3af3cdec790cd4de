package org.rbe.governance.cycle.internal;

import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.proceedings.TopicNames;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.springframework.stereotype.Component;

/** A jury deliberates on scenarios: their topics are scenario ids, named by the scenario's title. */
@Component
class ScenarioTopicNames implements TopicNames {
    private final ScenarioGenerator scenarios;

    ScenarioTopicNames(ScenarioGenerator scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public Optional<String> name(String topic, Locale locale) {
        if (topic.isEmpty() || !topic.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return Optional.of(scenarios.scenario(Long.parseLong(topic)).title(locale));
        } catch (RuntimeException notAScenario) {
            return Optional.empty();
        }
    }
}
