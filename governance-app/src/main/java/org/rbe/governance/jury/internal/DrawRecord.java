package org.rbe.governance.jury.internal;

import org.rbe.governance.draws.AnnouncedSeed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What is published about a draw so that anyone can re-run it: digests of the pool snapshot, the quota table and
 * the probability table, the algorithm with its version, the seed and the announced randomness it came from,
 * and the people drawn. {@link #verify} re-runs a draw on the inputs at hand and lists every difference.
 */
public record DrawRecord(String format, String algorithm, int n, int k, String poolSha256, String quotasSha256,
                         String probabilitiesSha256, String lotterySha256, long seed, List<String> randomness,
                         List<String> panel, String panelSha256, double minimumProbability,
                         List<Lottery.PublishedPanel> lottery) {
    /** Tolerance when comparing a re-computed LEXIMIN probability vector (sorted) with the published one. */
    public static final double TOLERANCE = 5e-4;

    public static final String FORMAT = "rbe-sortition-draw/1";

    public static DrawRecord of(SelectionRun run, List<String> randomness) {
        SelectionInstance instance = run.instance();
        List<String> ids = new ArrayList<>();
        for (int p : run.panel()) {
            ids.add(instance.id(p));
        }
        Lottery published = run.selector() instanceof Lottery l ? l : null;
        String lottery = published == null ? null : published.hash();
        return new DrawRecord(FORMAT, run.selector().algorithm(), instance.size(), instance.k(), poolHash(instance),
                quotaHash(instance), probabilityHash(instance, run.probabilities()), lottery, run.seed(),
                randomness == null ? List.of() : List.copyOf(randomness), List.copyOf(ids), panelHash(ids),
                run.minimumProbability(), published == null ? null : published.published());
    }

    /** Pool snapshot: one line per person in pool order, the id then the value of each category. */
    public static String poolHash(SelectionInstance instance) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < instance.size(); p++) {
            text.append(instance.id(p));
            for (int f : instance.features(p)) {
                text.append(',').append(instance.features().get(f).value());
            }
            if (instance.hasHouseholds()) {
                text.append(",household=").append(instance.household(p));
            }
            text.append('\n');
        }
        return Lottery.sha256(text.toString());
    }

    /** Quota table: category,value,min,max per line in order, then the panel size. */
    public static String quotaHash(SelectionInstance instance) {
        StringBuilder text = new StringBuilder();
        for (SelectionInstance.Feature f : instance.features()) {
            text.append(f.category()).append(',').append(f.value()).append(',').append(f.min()).append(',')
                    .append(f.max()).append('\n');
        }
        text.append("k=").append(instance.k()).append('\n');
        return Lottery.sha256(text.toString());
    }

    /** Probability table: id,probability with six decimals, one line per person in pool order. */
    public static String probabilityHash(SelectionInstance instance, double[] probabilities) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < probabilities.length; p++) {
            text.append(instance.id(p)).append(',').append(String.format(Locale.ROOT, "%.6f", probabilities[p])).append('\n');
        }
        return Lottery.sha256(text.toString());
    }

    public static String panelHash(List<String> ids) {
        return Lottery.sha256(String.join("\n", ids) + "\n");
    }

    /**
     * A LEXIMIN draw: the published lottery must be the one hashed, meet the quotas in every panel, give the
     * published probability table, and be LEXIMIN-optimal (a fresh computation gives the same sorted probabilities
     * within {@link #TOLERANCE}; the lottery itself is not unique); then the seed must draw the published panel from it.
     */
    private void verifyLottery(SelectionInstance instance, long budgetMillis, List<String> problems) {
        if (lottery == null || lottery.isEmpty()) {
            problems.add("the record has no lottery to draw from");
            return;
        }
        PoolTypes types = new PoolTypes(instance);
        Lottery published;
        try {
            published = Lottery.fromPublished(types, lottery, algorithm);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return;
        }
        if (!published.hash().equals(lotterySha256)) {
            problems.add("the lottery differs from the one published (SHA-256 " + published.hash() + ", published "
                    + lotterySha256 + ")");
        }
        PanelOracle oracle = new PanelOracle(types);
        double total = 0;
        for (int p = 0; p < published.panels().size(); p++) {
            total += published.panelProbabilities()[p];
            if (!oracle.isFeasible(published.panels().get(p))) {
                problems.add("panel " + (p + 1) + " of the lottery breaks a quota");
            }
        }
        if (Math.abs(total - 1) > 1e-9) {
            problems.add("the lottery's probabilities add up to " + total + ", not 1");
        }
        double[] probabilities = published.probabilities();
        if (!probabilityHash(instance, probabilities).equals(probabilitiesSha256)) {
            problems.add("the lottery does not give the published probability table");
        }
        java.util.Optional<Lottery> fresh = Leximin.solve(types, budgetMillis);
        if (fresh.isEmpty()) {
            problems.add("the quotas admit no panel");
        } else {
            double[] a = probabilities.clone();
            double[] b = fresh.get().probabilities();
            Arrays.sort(a);
            Arrays.sort(b);
            double worst = 0;
            for (int i = 0; i < a.length; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]));
            }
            if (worst > TOLERANCE) {
                problems.add("the published probabilities are not LEXIMIN-optimal (they differ by up to " + worst + ")");
            }
        }
        List<String> ids = Arrays.stream(published.draw(seed)).mapToObj(instance::id).toList();
        if (!ids.equals(panel) || !panelHash(ids).equals(panelSha256)) {
            problems.add("drawing from the lottery with seed " + seed + " gives another panel");
        }
    }

    /** The method to re-run: "leximin" or "legacy", from the recorded algorithm name. */
    public String method() {
        return algorithm.startsWith("LEXIMIN") ? "leximin" : "legacy";
    }

    /** Re-runs the draw on {@code instance}; the list of differences is empty when everything matches. */
    public List<String> verify(SelectionInstance instance, long budgetMillis) {
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            problems.add("unknown record format " + format);
            return problems;
        }
        if (!poolHash(instance).equals(poolSha256)) {
            problems.add("the pool differs from the published snapshot (pool SHA-256 " + poolHash(instance)
                    + ", published " + poolSha256 + ")");
        }
        if (!quotaHash(instance).equals(quotasSha256)) {
            problems.add("the quota table differs from the published one (quotas SHA-256 " + quotaHash(instance)
                    + ", published " + quotasSha256 + ")");
        }
        if (randomness != null && !randomness.isEmpty() && AnnouncedSeed.seed(randomness) != seed) {
            problems.add("the seed " + seed + " does not follow from the announced randomness (it gives "
                    + AnnouncedSeed.seed(randomness) + ")");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (algorithm.startsWith("LEXIMIN")) {
            verifyLottery(instance, budgetMillis, problems);
            return problems;
        }
        SelectionRun again = SelectionRun.run(instance, method(), seed, budgetMillis);
        if (!again.selector().algorithm().equals(algorithm)) {
            problems.add("the draw used " + algorithm + "; this is " + again.selector().algorithm());
        }
        String probabilities = probabilityHash(instance, again.probabilities());
        if (!probabilities.equals(probabilitiesSha256)) {
            problems.add("the probability table differs (SHA-256 " + probabilities + ", published " + probabilitiesSha256 + ")");
        }
        List<String> ids = Arrays.stream(again.panel()).mapToObj(instance::id).toList();
        if (!ids.equals(panel) || !panelHash(ids).equals(panelSha256)) {
            problems.add("re-running the draw with seed " + seed + " gives another panel");
        }
        return problems;
    }
}
