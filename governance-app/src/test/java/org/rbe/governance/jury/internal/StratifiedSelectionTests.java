package org.rbe.governance.jury.internal;

import org.junit.jupiter.api.Test;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.jury.SyntheticPool;
import org.rbe.governance.shared.UserFacingException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StratifiedSelectionTests {
    private static final List<String> CATEGORIES = CitizenProfile.CATEGORIES;
    private static final List<CitizenProfile> POOL = SyntheticPool.of(10_000, 7L);

    @Test
    void everyQuotaIsMetOnTenThousandPeopleWithPanelOf500() {
        for (long seed = 1; seed <= 5; seed++) {
            StratifiedSelection.Result result = new StratifiedSelection(CATEGORIES, false).select(POOL, 500, seed);

            assertThat(result.members()).hasSize(500);
            assertThat(result.members().stream().map(CitizenProfile::id).distinct()).hasSize(500);
            assertAllQuotasMet(result.members(), result.quotas());
        }
    }

    @Test
    void quotasAreFloorAndCeilingOfTheProportionalShare() {
        List<Quota> quotas = StratifiedSelection.proportionalQuotas(POOL, 500, CATEGORIES);

        for (Quota quota : quotas) {
            double target = quota.poolCount() * 500.0 / POOL.size();
            assertThat(quota.min()).isEqualTo((int) Math.floor(target));
            assertThat(quota.max()).isEqualTo((int) Math.ceil(target));
        }
        assertThat(quotas.stream().map(Quota::category).distinct()).containsExactlyElementsOf(CATEGORIES);
    }

    @Test
    void sameSeedGivesSamePanelWhateverTheInputOrder() {
        List<CitizenProfile> shuffled = new ArrayList<>(POOL);
        Collections.shuffle(shuffled, new Random(99));
        StratifiedSelection selection = new StratifiedSelection(CATEGORIES, true);

        List<CitizenProfile> first = selection.select(POOL, 500, 2024L).members();
        List<CitizenProfile> second = selection.select(shuffled, 500, 2024L).members();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherPanel() {
        StratifiedSelection selection = new StratifiedSelection(CATEGORIES, false);

        Set<Long> first = ids(selection.select(POOL, 500, 1L).members());
        Set<Long> second = ids(selection.select(POOL, 500, 2L).members());

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void atMostOnePersonPerHouseholdWhenAsked() {
        StratifiedSelection.Result result = new StratifiedSelection(CATEGORIES, true).select(POOL, 500, 3L);

        Map<String, Long> perHousehold = result.members().stream()
                .collect(Collectors.groupingBy(CitizenProfile::householdId, Collectors.counting()));
        assertThat(perHousehold.values()).allMatch(count -> count == 1L);
        assertAllQuotasMet(result.members(), result.quotas());
    }

    @Test
    void panelLargerThanThePoolIsRefusedClearly() {
        List<CitizenProfile> small = POOL.subList(0, 100);

        assertThatThrownBy(() -> new StratifiedSelection(CATEGORIES, false).select(small, 101, 1L))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("101")
                .hasMessageContaining("100")
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("jury.error.poolTooSmall");
    }

    @Test
    void moreSeatsThanHouseholdsIsRefusedClearly() {
        List<CitizenProfile> small = POOL.subList(0, 100);
        long households = small.stream().map(CitizenProfile::householdId).distinct().count();

        assertThatThrownBy(() -> new StratifiedSelection(CATEGORIES, true).select(small, (int) households + 1, 1L))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("jury.error.tooFewHouseholds");
    }

    static void assertAllQuotasMet(List<CitizenProfile> members, List<Quota> quotas) {
        Map<String, Integer> counts = new HashMap<>();
        for (CitizenProfile member : members) {
            for (String category : CATEGORIES) {
                counts.merge(category + "=" + member.attribute(category), 1, Integer::sum);
            }
        }
        for (Quota quota : quotas) {
            int actual = counts.getOrDefault(quota.category() + "=" + quota.value(), 0);
            assertThat(quota.allows(actual)).as("%s actual %d", quota, actual).isTrue();
        }
    }

    private static Set<Long> ids(List<CitizenProfile> members) {
        return members.stream().map(CitizenProfile::id).collect(Collectors.toSet());
    }
}
