package org.rbe.governance.jury.internal;

import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.shared.UserFacingException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded stratified random selection (the LEGACY greedy of the Sortition Foundation): proportional
 * floor/ceil quotas per category value and a draw that meets all of them at once. It is pure, so
 * anyone holding the published seed and pool can re-run a draw and get the same people.
 */
public final class StratifiedSelection {
    /** Name and version recorded with every panel drawn by this class. */
    public static final String ALGORITHM = "LEGACY-greedy/1";
    /** Restarts before a draw is declared infeasible. */
    public static final int MAX_ATTEMPTS = 100;

    private final List<String> categories;
    private final boolean onePerHousehold;

    /** The outcome of a draw: the members (ordered by id), the quotas they meet and the attempts used. */
    public record Result(List<CitizenProfile> members, List<Quota> quotas, int attempts) {
    }

    public StratifiedSelection(List<String> categories, boolean onePerHousehold) {
        this.categories = List.copyOf(categories);
        this.onePerHousehold = onePerHousehold;
    }

    /**
     * Quotas for a panel of {@code k} from {@code pool}: for every value present, the target is its share
     * of the pool times k; the minimum is the floor and the maximum the ceiling of that target.
     */
    public static List<Quota> proportionalQuotas(Collection<CitizenProfile> pool, int k, List<String> categories) {
        long n = pool.size();
        List<Quota> quotas = new ArrayList<>();
        for (String category : categories) {
            Map<String, int[]> tally = new HashMap<>();
            for (CitizenProfile citizen : pool) {
                tally.computeIfAbsent(citizen.attribute(category), v -> new int[1])[0]++;
            }
            Map<String, Integer> counts = new TreeMap<>();
            tally.forEach((value, count) -> counts.put(value, count[0]));
            counts.forEach((value, count) -> {
                long scaled = count * (long) k;
                int min = (int) (scaled / n);
                int max = scaled % n == 0 ? min : min + 1;
                quotas.add(new Quota(category, value, count, min, max));
            });
        }
        return List.copyOf(quotas);
    }

    /**
     * Draws {@code k} people from {@code eligible} (exclusions already removed) meeting every quota,
     * restarting with the next seed derived from {@code seed} on a dead end.
     *
     * @throws UserFacingException when the pool is too small or no attempt succeeds
     */
    public Result select(Collection<CitizenProfile> eligible, int k, long seed) {
        List<CitizenProfile> pool = sortedDistinct(eligible);
        checkSize(pool, k, onePerHousehold);
        return selectFrom(pool, proportionalQuotas(pool, k, categories), k, seed);
    }

    /**
     * As {@link #select}, over a pool already {@link #sortedDistinct sorted and without repeats} and checked for
     * size, with its {@link #proportionalQuotas proportional quotas} (a caller that has them need not count again).
     */
    Result selectFrom(List<CitizenProfile> pool, List<Quota> quotas, int k, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long attemptSeed = attempt == 1 ? seed : seeds.nextLong();
            Optional<List<CitizenProfile>> panel =
                    new GreedyAttempt(pool, quotas, categories, onePerHousehold).run(k, new SplittableRandom(attemptSeed));
            if (panel.isPresent()) {
                List<CitizenProfile> members = new ArrayList<>(panel.get());
                members.sort(Comparator.comparingLong(CitizenProfile::id));
                return new Result(List.copyOf(members), quotas, attempt);
            }
        }
        throw new UserFacingException("jury.error.noFeasiblePanel", k, MAX_ATTEMPTS);
    }

    /** Refuses panel sizes the pool cannot fill: none, more than the pool, more than its households when asked. */
    public static void checkSize(Collection<CitizenProfile> pool, int k, boolean onePerHousehold) {
        if (k <= 0) {
            throw new UserFacingException("jury.error.badSize", k);
        }
        if (k > pool.size()) {
            throw new UserFacingException("jury.error.poolTooSmall", k, pool.size());
        }
        if (onePerHousehold) {
            java.util.Set<String> households = new java.util.HashSet<>();
            for (CitizenProfile citizen : pool) {
                if (households.add(citizen.householdId()) && households.size() >= k) {
                    return;
                }
            }
            throw new UserFacingException("jury.error.tooFewHouseholds", k, households.size());
        }
    }

    static List<CitizenProfile> sortedDistinct(Collection<CitizenProfile> eligible) {
        if (eligible instanceof List<CitizenProfile> list && strictlyIncreasingIds(list)) {
            return List.copyOf(list);
        }
        Map<Long, CitizenProfile> byId = new LinkedHashMap<>();
        eligible.stream().sorted(Comparator.comparingLong(CitizenProfile::id)).forEach(c -> byId.putIfAbsent(c.id(), c));
        return List.copyOf(byId.values());
    }

    private static boolean strictlyIncreasingIds(List<CitizenProfile> list) {
        long previous = Long.MIN_VALUE;
        for (CitizenProfile citizen : list) {
            if (citizen.id() <= previous) {
                return false;
            }
            previous = citizen.id();
        }
        return true;
    }
}
