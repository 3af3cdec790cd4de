package org.rbe.governance.jury.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbe.governance.jury.internal.Quota;
import org.rbe.governance.jury.internal.ReplacementChoice;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.jury.internal.SelectionRun;
import org.rbe.governance.jury.internal.SortitionMode;

/**
 * A panel drawn on the screen and what happened to it since: people who declined and their replacements, each
 * chosen as the registry's panels choose them ({@link ReplacementChoice}) with the seed derived from the draw's.
 * People are positions in the pool.
 */
final class DrawnPanel {
    /** One replacement: the {@code number}-th, who declined, who replaced them, its seed and the quotas then broken. */
    record Replacement(int number, int declined, int replacement, long seed, int brokenQuotas) {
    }

    private final SelectionRun run;
    private final List<String> randomness;
    private final LinkedHashSet<Integer> active = new LinkedHashSet<>();
    private final Set<Integer> everDrawn = new HashSet<>();
    private final List<Replacement> replacements = new ArrayList<>();

    DrawnPanel(SelectionRun run, List<String> randomness) {
        this.run = run;
        this.randomness = List.copyOf(randomness);
        for (int p : run.panel()) {
            active.add(p);
            everDrawn.add(p);
        }
    }

    SelectionRun run() {
        return run;
    }

    SelectionInstance instance() {
        return run.instance();
    }

    List<String> randomness() {
        return randomness;
    }

    /** The people on the panel now, in the order drawn then replaced. */
    List<Integer> active() {
        return List.copyOf(active);
    }

    List<Replacement> replacements() {
        return List.copyOf(replacements);
    }

    /** The files the {@code sortition} command writes for the original draw, by name. */
    Map<String, byte[]> files() {
        return SortitionMode.outputs(run, randomness);
    }

    /**
     * Marks {@code person} as declined and draws their replacement from the pool (never someone drawn before, at
     * most one per household when the pool has households); empty when nobody is left to draw.
     */
    Optional<Replacement> decline(int person) {
        if (!active.remove(person)) {
            throw new IllegalArgumentException("Person " + person + " is not on the panel");
        }
        SelectionInstance instance = instance();
        Set<String> households = new HashSet<>();
        if (instance.hasHouseholds()) {
            active.forEach(p -> households.add(instance.household(p)));
        }
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            if (!everDrawn.contains(p) && !(instance.hasHouseholds() && households.contains(instance.household(p)))) {
                candidates.add(p);
            }
        }
        int number = replacements.size() + 1;
        long seed = ReplacementChoice.seedFor(run.seed(), number);
        Optional<ReplacementChoice.Pick<Integer>> pick = ReplacementChoice.choose(quotas(instance),
                instance.categories(), (p, category) -> value(instance, p, category), Comparator.naturalOrder(), active,
                person, candidates, seed);
        return pick.map(chosen -> {
            Replacement replacement = new Replacement(number, person, chosen.citizen(), seed, chosen.brokenQuotas());
            active.add(chosen.citizen());
            everDrawn.add(chosen.citizen());
            replacements.add(replacement);
            return replacement;
        });
    }

    /** How many people on the panel now carry each feature (global feature order). */
    int[] counts() {
        int[] counts = new int[instance().featureCount()];
        for (int p : active) {
            for (int f : instance().features(p)) {
                counts[f]++;
            }
        }
        return counts;
    }

    /** The quotas the panel as it stands breaks, e.g. "geo=South: 2 (quota 3–5)"; empty when it meets them all. */
    List<String> brokenQuotas() {
        int[] counts = counts();
        List<String> broken = new ArrayList<>();
        for (int f = 0; f < counts.length; f++) {
            SelectionInstance.Feature feature = instance().features().get(f);
            if (counts[f] < feature.min() || counts[f] > feature.max()) {
                broken.add(feature.label() + ": " + counts[f] + " (" + feature.min() + "–" + feature.max() + ")");
            }
        }
        return broken;
    }

    /** Whether the panel as it stands meets every quota. */
    boolean meetsQuotas() {
        return instance().meetsQuotas(active.stream().mapToInt(Integer::intValue).toArray());
    }

    static String value(SelectionInstance instance, int person, String category) {
        int c = instance.categories().indexOf(category);
        return instance.features().get(instance.feature(person, c)).value();
    }

    private static List<Quota> quotas(SelectionInstance instance) {
        int[] pool = instance.poolCounts();
        List<Quota> quotas = new ArrayList<>();
        for (int f = 0; f < instance.featureCount(); f++) {
            SelectionInstance.Feature feature = instance.features().get(f);
            quotas.add(new Quota(feature.category(), feature.value(), pool[f], feature.min(), feature.max()));
        }
        return quotas;
    }
}
