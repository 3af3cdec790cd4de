package org.rbe.governance.jury.internal;

import org.rbe.governance.citizens.CitizenProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One pass of the LEGACY greedy: repeatedly serve the quota furthest below its minimum relative to the
 * people still available for it, and drop everyone who would push a quota over its maximum.
 */
final class GreedyAttempt {
    private final List<CitizenProfile> pool;
    private final int[][] valuesOf;
    private final int[][] peopleWith;
    private final int[] min;
    private final int[] max;
    private final int[] selected;
    private final int[] remaining;
    private final boolean[] gone;
    private final Map<String, List<Integer>> households;

    GreedyAttempt(List<CitizenProfile> pool, List<Quota> quotas, List<String> categories, boolean onePerHousehold) {
        this.pool = pool;
        List<Map<String, Integer>> index = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            index.add(new HashMap<>());
        }
        min = new int[quotas.size()];
        max = new int[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            Quota quota = quotas.get(q);
            index.get(categories.indexOf(quota.category())).put(quota.value(), q);
            min[q] = quota.min();
            max[q] = quota.max();
        }
        valuesOf = new int[pool.size()][categories.size()];
        int[] sizes = new int[quotas.size()];
        for (int p = 0; p < pool.size(); p++) {
            for (int c = 0; c < categories.size(); c++) {
                int q = index.get(c).get(pool.get(p).attribute(categories.get(c)));
                valuesOf[p][c] = q;
                sizes[q]++;
            }
        }
        peopleWith = new int[quotas.size()][];
        for (int q = 0; q < sizes.length; q++) {
            peopleWith[q] = new int[sizes[q]];
        }
        int[] fill = new int[quotas.size()];
        for (int p = 0; p < pool.size(); p++) {
            for (int q : valuesOf[p]) {
                peopleWith[q][fill[q]++] = p;
            }
        }
        selected = new int[quotas.size()];
        remaining = sizes.clone();
        gone = new boolean[pool.size()];
        households = new HashMap<>();
        if (onePerHousehold) {
            for (int p = 0; p < pool.size(); p++) {
                households.computeIfAbsent(pool.get(p).householdId(), h -> new ArrayList<>()).add(p);
            }
        }
        for (int q = 0; q < max.length; q++) {
            if (max[q] == 0) {
                dropAllWith(q);
            }
        }
    }

    /** The panel, or empty when this pass reached a dead end. */
    Optional<List<CitizenProfile>> run(int k, SplittableRandom random) {
        List<CitizenProfile> panel = new ArrayList<>(k);
        for (int step = 0; step < k; step++) {
            int target = neediestQuota();
            if (target < 0) {
                return Optional.empty();
            }
            int person = pickAvailable(target, random.nextInt(remaining[target]));
            select(person);
            panel.add(pool.get(person));
        }
        for (int q = 0; q < min.length; q++) {
            if (selected[q] < min[q] || selected[q] > max[q]) {
                return Optional.empty();
            }
        }
        return Optional.of(panel);
    }

    private int neediestQuota() {
        int best = -1;
        double bestRatio = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < min.length; q++) {
            int need = min[q] - selected[q];
            if (need > 0 && remaining[q] < need) {
                return -1;
            }
            if (remaining[q] == 0) {
                continue;
            }
            double ratio = (double) need / remaining[q];
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = q;
            }
        }
        return best;
    }

    private int pickAvailable(int quota, int rank) {
        int seen = 0;
        for (int person : peopleWith[quota]) {
            if (!gone[person] && seen++ == rank) {
                return person;
            }
        }
        throw new IllegalStateException("Availability count out of step for quota " + quota);
    }

    private void select(int person) {
        drop(person);
        for (int q : valuesOf[person]) {
            selected[q]++;
        }
        for (int other : households.getOrDefault(pool.get(person).householdId(), List.of())) {
            drop(other);
        }
        for (int q : valuesOf[person]) {
            if (selected[q] >= max[q]) {
                dropAllWith(q);
            }
        }
    }

    private void dropAllWith(int quota) {
        for (int person : peopleWith[quota]) {
            drop(person);
        }
    }

    private void drop(int person) {
        if (!gone[person]) {
            gone[person] = true;
            for (int q : valuesOf[person]) {
                remaining[q]--;
            }
        }
    }
}
