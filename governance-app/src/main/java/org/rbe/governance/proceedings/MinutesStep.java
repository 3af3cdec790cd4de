package org.rbe.governance.proceedings;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.rbe.governance.minutes.SignedMinutes;

/**
 * How one kind of body's process signs and publishes its minutes through the shared service tasks
 * ({@code signBodyMinutesDelegate}, {@code publishBodyMinutesDelegate}), chosen by the task's input {@code bodyKind}.
 * The shared tasks carry the signed PDF from one to the other (in memory only: it is stored once, in the register).
 */
public interface MinutesStep {
    /** The variable, among those handed to {@link #sign}, naming who completed the task before (or "system"). */
    String SIGNED_BY = "signedBy";

    /** The value of {@code bodyKind} that selects this step, e.g. "jury". */
    String kind();

    /** Records what the module keeps of the conclusion and signs the minutes ({@link DrawnBodies#signMinutes}). */
    SignedMinutes sign(Map<String, Object> variables);

    /** Publishes the signed minutes in the register ({@link DrawnBodies#publish}). */
    void publish(Map<String, Object> variables, SignedMinutes signed);

    /** A step of {@code kind} from two lambdas. */
    static MinutesStep of(String kind, Function<Map<String, Object>, SignedMinutes> sign,
                          BiConsumer<Map<String, Object>, SignedMinutes> publish) {
        return new MinutesStep() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public SignedMinutes sign(Map<String, Object> variables) {
                return sign.apply(variables);
            }

            @Override
            public void publish(Map<String, Object> variables, SignedMinutes signed) {
                publish.accept(variables, signed);
            }
        };
    }
}
