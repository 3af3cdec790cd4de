package org.rbe.governance.jury.internal;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.rbe.governance.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains why no panel meets the quotas: the category values whose bounds cannot be met (too few people,
 * minimums adding up to more than the panel, maximums to less), and the smallest relaxation that makes the
 * quotas feasible, found by an integer program over types with an integer slack per bound (lowering a minimum
 * costs 1 + 2/old minimum per seat, raising a maximum 1 per seat), within {@code min_flex}/{@code max_flex}
 * when given.
 */
public final class Infeasibility {
    /** One bound to change: {@code feature}'s minimum or maximum from {@code from} to {@code to}. */
    public record Change(SelectionInstance.Feature feature, String bound, int from, int to) {
        @Override
        public String toString() {
            return text(Locale.ENGLISH);
        }

        public String text(Locale locale) {
            return Messages.get(locale, "jury.infeasible.change." + bound, feature.label(), from, to);
        }
    }

    /** One reason no panel is possible, as a message key of the jury bundle and its arguments. */
    public record Problem(String key, List<Object> args) {
        Problem(String key, Object... args) {
            this(key, List.of(args));
        }

        public String text(Locale locale) {
            return Messages.get(locale, key, args.toArray());
        }
    }

    /** The explanation: problems found directly, and the suggested relaxation (empty when none was found). */
    public record Explanation(List<Problem> findings, List<Change> relaxation, boolean withinFlex) {
        /** The problems in English. */
        public List<String> problems() {
            return findings.stream().map(p -> p.text(Locale.ENGLISH)).toList();
        }

        /** The heading over the relaxation, in {@code locale}; null when no relaxation was found. */
        public String relaxationHeading(Locale locale) {
            return relaxation.isEmpty() ? null
                    : Messages.get(locale, withinFlex ? "jury.infeasible.relaxation" : "jury.infeasible.beyondFlex");
        }

        public String message() {
            return message(Locale.ENGLISH);
        }

        public String message(Locale locale) {
            StringBuilder text = new StringBuilder(Messages.get(locale, "jury.infeasible.title"));
            for (Problem problem : findings) {
                text.append("\n  - ").append(problem.text(locale));
            }
            if (relaxation.isEmpty()) {
                text.append('\n').append(Messages.get(locale, "jury.infeasible.noRelaxation"));
            } else {
                text.append('\n').append(relaxationHeading(locale));
                for (Change change : relaxation) {
                    text.append("\n  * ").append(change.text(locale));
                }
            }
            return text.toString();
        }
    }

    private Infeasibility() {
    }

    public static Explanation explain(SelectionInstance instance) {
        List<Problem> problems = new ArrayList<>();
        int[] pool = instance.poolCounts();
        int k = instance.k();
        List<SelectionInstance.Feature> features = instance.features();
        for (int f = 0; f < features.size(); f++) {
            SelectionInstance.Feature feature = features.get(f);
            if (pool[f] < feature.min()) {
                problems.add(new Problem("jury.infeasible.poolShort", feature.label(), feature.min(), pool[f]));
            }
            if (feature.min() > k) {
                problems.add(new Problem("jury.infeasible.minAboveK", feature.label(), feature.min(), k));
            }
        }
        for (int c = 0; c < instance.categories().size(); c++) {
            int mins = 0;
            long maxes = 0;
            for (int f = instance.firstFeature(c); f < instance.firstFeature(c + 1); f++) {
                mins += features.get(f).min();
                maxes += Math.min(features.get(f).max(), pool[f]);
            }
            if (mins > k) {
                problems.add(new Problem("jury.infeasible.minimums", instance.categories().get(c), mins, k));
            }
            if (maxes < k) {
                problems.add(new Problem("jury.infeasible.maximums", instance.categories().get(c), maxes, k));
            }
        }
        Optional<List<Change>> flexible = relax(instance, true);
        boolean withinFlex = flexible.isPresent();
        List<Change> relaxation = flexible.or(() -> relax(instance, false)).orElse(List.of());
        if (problems.isEmpty()) {
            for (Change change : relaxation) {
                problems.add(new Problem("jury.infeasible.together." + change.bound(), change.feature().label(),
                        change.from()));
            }
        }
        return new Explanation(problems, relaxation, withinFlex);
    }

    private static Optional<List<Change>> relax(SelectionInstance instance, boolean withinFlex) {
        PoolTypes types = new PoolTypes(instance);
        List<SelectionInstance.Feature> features = instance.features();
        int k = instance.k();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] c = new Variable[types.count()];
        for (int t = 0; t < c.length; t++) {
            c[t] = model.addVariable("c" + t).lower(0).upper(types.size(t)).integer(true);
        }
        Expression total = model.addExpression("k").level(k);
        for (Variable v : c) {
            total.set(v, 1);
        }
        Variable[] lower = new Variable[features.size()];
        Variable[] raise = new Variable[features.size()];
        for (int f = 0; f < features.size(); f++) {
            SelectionInstance.Feature feature = features.get(f);
            int maxLower = withinFlex ? feature.min() - Math.min(feature.minFlex(), feature.min()) : feature.min();
            long maxRaise = withinFlex ? Math.min((long) feature.maxFlex(), k) - feature.max() : k - (long) feature.max();
            double lowerCost = feature.min() == 0 ? 0 : 1 + 2.0 / feature.min();
            lower[f] = model.addVariable("lo" + f).lower(0).upper(Math.max(0, maxLower)).integer(true).weight(lowerCost);
            raise[f] = model.addVariable("hi" + f).lower(0).upper(Math.max(0, maxRaise)).integer(true).weight(1);
            Expression atLeast = model.addExpression("min" + f).lower(feature.min());
            Expression atMost = model.addExpression("max" + f).upper(feature.max());
            atLeast.set(lower[f], 1);
            atMost.set(raise[f], -1);
            for (int t = 0; t < c.length; t++) {
                for (int g : types.features(t)) {
                    if (g == f) {
                        atLeast.set(c[t], 1);
                        atMost.set(c[t], 1);
                    }
                }
            }
        }
        Optimisation.Result result = solveReproducibly(model);
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            SelectionInstance.Feature feature = features.get(f);
            int down = (int) Math.round(result.doubleValue(model.indexOf(lower[f])));
            int up = (int) Math.round(result.doubleValue(model.indexOf(raise[f])));
            if (down > 0) {
                changes.add(new Change(feature, "min", feature.min(), feature.min() - down));
            }
            if (up > 0) {
                changes.add(new Change(feature, "max", feature.max(), feature.max() + up));
            }
        }
        return Optional.of(changes);
    }

    /**
     * One branch-and-bound worker with one node order. ojAlgo's default races four workers (one per node order) and
     * keeps whichever optimum is found first, so ties would be broken by thread timing.
     */
    private static final org.ojalgo.optimisation.integer.IntegerStrategy SEQUENTIAL =
            org.ojalgo.optimisation.integer.IntegerStrategy.DEFAULT.withParallelism(() -> 1)
                    .withPriorityDefinitions(org.ojalgo.optimisation.integer.NodeKey.FIFO_SEQUENCE);

    /**
     * ojAlgo names the cuts it adds with a JVM-wide counter, and the names decide the order in which their rows are
     * visited, so the same program solved later in the same JVM could end on another of several equal optima. Each
     * solve therefore starts the counter from zero, one solve at a time.
     */
    private static final java.util.concurrent.atomic.AtomicInteger CUT_COUNTER = cutCounter();

    private static java.util.concurrent.atomic.AtomicInteger cutCounter() {
        try {
            java.lang.reflect.Field field = Class.forName("org.ojalgo.optimisation.integer.NodeSolver").getDeclaredField("COUNTER");
            field.setAccessible(true);
            return (java.util.concurrent.atomic.AtomicInteger) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This ojAlgo version does not name its cuts as expected; the suggested "
                    + "relaxations would not be reproducible (see Infeasibility.CUT_COUNTER)", e);
        }
    }

    /** Minimises an integer program so that the same program always gives the same answer. */
    private static Optimisation.Result solveReproducibly(ExpressionsBasedModel model) {
        model.options.integer(SEQUENTIAL);
        synchronized (CUT_COUNTER) {
            CUT_COUNTER.set(0);
            return model.minimise();
        }
    }

    /** How many branch-and-bound workers the relaxation search runs with (one). */
    static int workers() {
        return SEQUENTIAL.getWorkerPriorities().size();
    }
}
