package org.rbe.governance.jury.internal;

import org.rbe.governance.citizens.CitizenProfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The first stage of a draw: invitations sent to a uniform random sample of the registry, from a seed. A partial
 * Fisher–Yates shuffle over positions, so the work is one pass to set up and one step per invitation; with one
 * person per household, people whose household is already invited are passed over.
 */
public final class InvitationLottery {
    private static final long STREAM = 0x1A7E5EEDL;

    private InvitationLottery() {
    }

    /** {@code count} distinct positions out of {@code population}, uniformly at random, in draw order. */
    public static int[] sample(int population, int count, long seed) {
        if (count > population || count < 0) {
            throw new IllegalArgumentException("Cannot invite " + count + " out of " + population);
        }
        int[] positions = new int[population];
        for (int i = 0; i < population; i++) {
            positions[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ STREAM);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(population - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        return java.util.Arrays.copyOf(positions, count);
    }

    /**
     * Up to {@code count} people of {@code registry} (in its order, which must be stable, e.g. by id), uniformly
     * at random; with {@code onePerHousehold}, at most one per household (the first of the household drawn).
     */
    public static List<CitizenProfile> invite(List<CitizenProfile> registry, int count, long seed, boolean onePerHousehold) {
        int population = registry.size();
        int[] positions = new int[population];
        for (int i = 0; i < population; i++) {
            positions[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ STREAM);
        List<CitizenProfile> invited = new ArrayList<>(Math.min(count, population));
        Set<String> households = new HashSet<>();
        for (int i = 0; i < population && invited.size() < count; i++) {
            int j = i + random.nextInt(population - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
            CitizenProfile citizen = registry.get(positions[i]);
            if (!onePerHousehold || households.add(citizen.householdId())) {
                invited.add(citizen);
            }
        }
        return invited;
    }
}
