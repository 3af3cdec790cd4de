package org.rbe.governance.jury.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rbe.governance.citizens.CitizenProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A panel drawn from the registry in two stages, as citizens' assemblies are run: an invitation lottery (a seeded
 * uniform sample of the eligible citizens, at most one per household when configured), then, among those invited,
 * a LEXIMIN lottery over the panels meeting the quotas (proportional to the eligible population), drawn from with
 * the same seed. When LEXIMIN cannot finish within its time budget or the invited pool cannot meet the quotas, the
 * LEGACY greedy draws from all the eligible citizens instead, and the record says so.
 */
public final class TwoStageDraw {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome with everything recorded about the draw; the digests and lottery are null for LEGACY. */
    public record Outcome(List<CitizenProfile> members, List<Quota> quotas, String algorithm, int attempts, int invited,
                          String poolSha256, String quotasSha256, String probabilitiesSha256, String lotterySha256,
                          Double minimumProbability, double seconds, String lotteryJson) {
    }

    private TwoStageDraw() {
    }

    public static Outcome draw(List<CitizenProfile> eligible, int k, long seed, boolean onePerHousehold,
                               int invitationsPerSeat, long budgetMillis, int maxOracleCalls) {
        long start = System.nanoTime();
        List<CitizenProfile> registry = StratifiedSelection.sortedDistinct(eligible);
        StratifiedSelection.checkSize(registry, k, onePerHousehold);
        List<Quota> quotas = StratifiedSelection.proportionalQuotas(registry, k, CitizenProfile.CATEGORIES);
        int invitations = (int) Math.min(registry.size(), Math.max((long) k, (long) invitationsPerSeat * k));
        List<CitizenProfile> invited = InvitationLottery.invite(registry, invitations, seed, onePerHousehold);
        if (invited.size() >= k) {
            SelectionInstance instance = instance(invited, quotas, k);
            try {
                var lottery = Leximin.solve(new PoolTypes(instance), budgetMillis, maxOracleCalls);
                if (lottery.isPresent()) {
                    int[] drawn = lottery.get().draw(seed);
                    List<CitizenProfile> members = new ArrayList<>();
                    for (int p : drawn) {
                        members.add(invited.get(p));
                    }
                    members.sort(Comparator.comparingLong(CitizenProfile::id));
                    double[] probabilities = lottery.get().probabilities();
                    return new Outcome(List.copyOf(members), quotas, Leximin.ALGORITHM, 1, invited.size(),
                            DrawRecord.poolHash(instance), DrawRecord.quotaHash(instance),
                            DrawRecord.probabilityHash(instance, probabilities), lottery.get().hash(),
                            Arrays.stream(probabilities).min().orElse(0), (System.nanoTime() - start) / 1e9,
                            toJson(lottery.get()));
                }
            } catch (Leximin.Unfinished e) {
                // fall back to LEGACY below
            }
        }
        StratifiedSelection.Result legacy = new StratifiedSelection(CitizenProfile.CATEGORIES, onePerHousehold)
                .selectFrom(registry, quotas, k, seed);
        return new Outcome(legacy.members(), legacy.quotas(), StratifiedSelection.ALGORITHM, legacy.attempts(),
                registry.size(), null, null, null, null, null, (System.nanoTime() - start) / 1e9, null);
    }

    /** The invited pool as a selection instance with the draw's quotas (ids are citizen ids). */
    public static SelectionInstance instance(List<CitizenProfile> pool, List<Quota> quotas, int k) {
        List<SelectionInstance.Feature> features = quotas.stream()
                .map(q -> new SelectionInstance.Feature(q.category(), q.value(), q.min(), q.max())).toList();
        List<String> ids = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        List<String> households = new ArrayList<>();
        for (CitizenProfile citizen : pool) {
            ids.add(String.valueOf(citizen.id()));
            Map<String, String> row = new HashMap<>();
            for (String category : CitizenProfile.CATEGORIES) {
                row.put(category, citizen.attribute(category));
            }
            values.add(row);
            households.add(citizen.householdId());
        }
        return SelectionInstance.of(features, ids, values, households, k);
    }

    static String toJson(Lottery lottery) {
        try {
            return JSON.writeValueAsString(lottery.published());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Lottery.PublishedPanel> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Lottery.PublishedPanel>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The stored lottery cannot be read: " + e.getOriginalMessage());
        }
    }

    /**
     * Re-runs a recorded LEXIMIN draw: the same invitations from the same eligible citizens and seed, the same pool
     * snapshot and quotas, the stored lottery with its digest, and the same people drawn from it with the seed.
     */
    public static List<String> verify(List<CitizenProfile> eligible, List<Quota> quotas, int k, long seed,
                                      boolean onePerHousehold, int invited, String poolSha256, String quotasSha256,
                                      String lotterySha256, String lotteryJson, List<Long> drawnIds) {
        List<String> problems = new ArrayList<>();
        List<CitizenProfile> registry = StratifiedSelection.sortedDistinct(eligible);
        List<CitizenProfile> pool = InvitationLottery.invite(registry, invited, seed, onePerHousehold);
        SelectionInstance instance;
        try {
            instance = instance(pool, quotas, k);
        } catch (IllegalArgumentException e) {
            problems.add("the invited pool no longer fits the quota table: " + e.getMessage());
            return problems;
        }
        if (!DrawRecord.poolHash(instance).equals(poolSha256)) {
            problems.add("the invited pool differs from the recorded snapshot (the registry or the exclusions changed)");
        }
        if (!DrawRecord.quotaHash(instance).equals(quotasSha256)) {
            problems.add("the quota table differs from the recorded one");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Lottery lottery = Lottery.fromPublished(new PoolTypes(instance), fromJson(lotteryJson), Leximin.ALGORITHM);
        if (!lottery.hash().equals(lotterySha256)) {
            problems.add("the stored lottery differs from the one recorded at the draw");
        }
        List<Long> again = Arrays.stream(lottery.draw(seed)).mapToObj(p -> pool.get(p).id()).sorted().toList();
        if (!again.equals(drawnIds.stream().sorted().toList())) {
            problems.add("drawing from the lottery with the recorded seed gives other people");
        }
        return problems;
    }
}
