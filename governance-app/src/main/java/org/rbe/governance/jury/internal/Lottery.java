package org.rbe.governance.jury.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A lottery over quota-feasible panels, each panel a count per type, with its probability. Drawing from it with a
 * seed picks a panel by its probability, then, within each type, that many of the type's members uniformly at
 * random; both steps consume one seeded generator, so the seed and the lottery determine the people.
 */
public final class Lottery implements Selector {
    /**
     * How the lottery was computed. {@code shareOfBound} is 1 for the LEXIMIN lottery; below 1, every type has at least
     * that share of its probability under LEXIMIN over the quotas' linear relaxation, so the lowest probability is at
     * least that share of the highest lowest probability any lottery could give.
     */
    public record Stats(int stages, int panelsConsidered, int oracleCalls, double unprovenGap, double seconds,
                        double shareOfBound) {
    }

    private final PoolTypes types;
    private final List<int[]> panels;
    private final double[] lambda;
    private final double[] typeProbability;
    private final String algorithm;
    private final Stats stats;

    private Lottery(PoolTypes types, List<int[]> panels, double[] lambda, String algorithm, Stats stats) {
        this.types = types;
        this.panels = panels;
        this.lambda = lambda;
        this.algorithm = algorithm;
        this.stats = stats;
        typeProbability = new double[types.count()];
        for (int p = 0; p < panels.size(); p++) {
            for (int t = 0; t < typeProbability.length; t++) {
                typeProbability[t] += lambda[p] * panels.get(p)[t] / types.size(t);
            }
        }
    }

    /** Keeps the panels with positive probability, in the order given. */
    static Lottery of(PoolTypes types, List<int[]> panels, double[] lambda, String algorithm, Stats stats) {
        List<int[]> kept = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            if (lambda[p] > 0) {
                kept.add(panels.get(p).clone());
                weights.add(lambda[p]);
            }
        }
        return new Lottery(types, List.copyOf(kept), weights.stream().mapToDouble(Double::doubleValue).toArray(),
                algorithm, stats);
    }

    public PoolTypes types() {
        return types;
    }

    /** The panels (counts per type) with positive probability. */
    public List<int[]> panels() {
        return panels;
    }

    public double[] panelProbabilities() {
        return lambda.clone();
    }

    public double typeProbability(int type) {
        return typeProbability[type];
    }

    @Override
    public double[] probabilities() {
        double[] p = new double[types.instance().size()];
        for (int person = 0; person < p.length; person++) {
            p[person] = typeProbability[types.typeOf(person)];
        }
        return p;
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    public Stats stats() {
        return stats;
    }

    /** Which panel of the lottery a uniform number in [0, 1) picks: the first whose cumulative probability exceeds it. */
    public int panelIndex(double u) {
        double cumulative = 0;
        for (int p = 0; p < lambda.length; p++) {
            cumulative += lambda[p];
            if (u < cumulative) {
                return p;
            }
        }
        return lambda.length - 1;
    }

    @Override
    public int[] draw(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = panels.get(panelIndex(random.nextDouble()));
        int[] chosen = new int[types.instance().k()];
        int next = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] == 0) {
                continue;
            }
            int[] members = types.members(t).clone();
            for (int i = 0; i < counts[t]; i++) {
                int j = i + random.nextInt(members.length - i);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
                chosen[next++] = members[i];
            }
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /** One panel of a published lottery: its probability and how many of each type (named by its values) it takes. */
    public record PublishedPanel(double probability, java.util.Map<String, Integer> counts) {
    }

    /** The lottery in published form, panels in order. */
    public List<PublishedPanel> published() {
        List<PublishedPanel> list = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (int t = 0; t < types.count(); t++) {
                if (panels.get(p)[t] > 0) {
                    counts.put(typeLabel(t), panels.get(p)[t]);
                }
            }
            list.add(new PublishedPanel(lambda[p], counts));
        }
        return list;
    }

    /** Rebuilds a published lottery over the types of {@code types}; unknown types are an error. */
    public static Lottery fromPublished(PoolTypes types, List<PublishedPanel> published, String algorithm) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        Lottery labels = new Lottery(types, List.of(), new double[0], algorithm, null);
        for (int t = 0; t < types.count(); t++) {
            index.put(labels.typeLabel(t), t);
        }
        List<int[]> panels = new ArrayList<>();
        double[] lambda = new double[published.size()];
        for (int p = 0; p < published.size(); p++) {
            int[] counts = new int[types.count()];
            for (var entry : published.get(p).counts().entrySet()) {
                Integer t = index.get(entry.getKey());
                if (t == null) {
                    throw new IllegalArgumentException("The lottery names a type absent from the pool: " + entry.getKey());
                }
                counts[t] = entry.getValue();
            }
            panels.add(counts);
            lambda[p] = published.get(p).probability();
        }
        return new Lottery(types, List.copyOf(panels), lambda, algorithm, null);
    }

    /**
     * A digest of the lottery as published: for each panel, its probability (to 12 decimals) and its counts per
     * type, the types named by their values. Anyone holding the lottery file recomputes it.
     */
    public String hash() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < panels.size(); p++) {
            text.append(String.format(java.util.Locale.ROOT, "%.12f", lambda[p]));
            for (int t = 0; t < types.count(); t++) {
                if (panels.get(p)[t] > 0) {
                    text.append(';').append(typeLabel(t)).append('=').append(panels.get(p)[t]);
                }
            }
            text.append('\n');
        }
        return sha256(text.toString());
    }

    /** The type's values, e.g. "gender=female|age=16-29". */
    public String typeLabel(int type) {
        SelectionInstance instance = types.instance();
        StringBuilder label = new StringBuilder();
        for (int f : types.features(type)) {
            if (label.length() > 0) {
                label.append('|');
            }
            label.append(instance.features().get(f).label());
        }
        return label.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
