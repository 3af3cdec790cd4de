package org.rbe.governance.proceedings;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Names a deliberation's topics (the options before a body) for its readers; each process that knows its options
 * provides one, e.g. the decision cycle names a scenario by its title. A topic nobody names is shown by its code.
 */
public interface TopicNames {
    /** The name of {@code topic} in {@code locale}, if this provider knows it. */
    Optional<String> name(String topic, Locale locale);

    /** Names topics with the first provider that knows each. */
    static Function<String, String> of(ObjectProvider<TopicNames> providers, Locale locale) {
        return t -> providers.orderedStream().map(p -> p.name(t, locale)).flatMap(Optional::stream).findFirst().orElse(t);
    }
}
