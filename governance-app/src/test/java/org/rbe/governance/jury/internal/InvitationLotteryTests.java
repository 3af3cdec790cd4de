package org.rbe.governance.jury.internal;

import org.junit.jupiter.api.Test;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.jury.SyntheticPool;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationLotteryTests {
    @Test
    void samplesAreDistinctReproducibleAndUniform() {
        assertThat(InvitationLottery.sample(1000, 100, 3L)).isEqualTo(InvitationLottery.sample(1000, 100, 3L));
        assertThat(InvitationLottery.sample(1000, 100, 3L)).isNotEqualTo(InvitationLottery.sample(1000, 100, 4L));
        assertThat(Arrays.stream(InvitationLottery.sample(1000, 1000, 3L)).distinct().count()).isEqualTo(1000);
        int[] hits = new int[10];
        for (long seed = 0; seed < 20_000; seed++) {
            hits[InvitationLottery.sample(10, 1, seed)[0]]++;
        }
        assertThat(Arrays.stream(hits).boxed().toList()).allSatisfy(h -> assertThat(h).isBetween(1800, 2200));
    }

    @Test
    void atMostOnePerHouseholdWhenAsked() {
        List<CitizenProfile> registry = SyntheticPool.of(2_000, 3L);

        List<CitizenProfile> invited = InvitationLottery.invite(registry, 500, 9L, true);

        assertThat(invited).hasSize(500);
        assertThat(invited.stream().map(CitizenProfile::householdId).distinct()).hasSize(500);
        assertThat(InvitationLottery.invite(registry, 500, 9L, true)).isEqualTo(invited);
    }
}
