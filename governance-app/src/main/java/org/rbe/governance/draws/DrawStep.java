package org.rbe.governance.draws;

import java.util.Map;
import java.util.function.Function;

/**
 * One kind of draw a process makes through the shared {@code announced-draw} process: how its pool is frozen and
 * announced, and how it is drawn once the public value is in. A module registers one bean per kind it draws.
 */
public interface DrawStep {
    /** The value of the process variable {@code drawKind} that selects this step, e.g. "jury". */
    String kind();

    /** Freezes the pool and announces the draw ({@link AnnouncedDraws#announce}), from the calling process's variables. */
    DrawAnnouncement announce(Map<String, Object> variables);

    /**
     * Takes the public values ({@link AnnouncedDraws#reveal}) and makes the draw; returns the variables the calling
     * process goes on with (e.g. the panel's id).
     */
    Map<String, Object> draw(Map<String, Object> variables, long announcementId, String publicValues);

    /** How a step draws, as a lambda for {@link #of}. */
    interface Drawing {
        Map<String, Object> draw(Map<String, Object> variables, long announcementId, String publicValues);
    }

    /** A step of {@code kind} from two lambdas. */
    static DrawStep of(String kind, Function<Map<String, Object>, DrawAnnouncement> announce, Drawing drawing) {
        return new DrawStep() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public DrawAnnouncement announce(Map<String, Object> variables) {
                return announce.apply(variables);
            }

            @Override
            public Map<String, Object> draw(Map<String, Object> variables, long announcementId, String publicValues) {
                return drawing.draw(variables, announcementId, publicValues);
            }
        };
    }

    /** A numeric process variable. */
    static long number(Map<String, Object> variables, String name) {
        return ((Number) variables.get(name)).longValue();
    }
}
