package org.rbe.governance.jury;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.internal.ReplacementChoice;
import org.rbe.governance.jury.internal.ReplacementEntity;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.testing.FakeRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortitionTests {
    private static final List<CitizenProfile> POOL = SyntheticPool.of(3_000, 11L);
    private static final int SIZE = 150;

    private final FakeCurrentUser user = new FakeCurrentUser();
    private final List<Object> events = new ArrayList<>();
    private InMemoryJuryStore store;
    private Sortition sortition;

    @BeforeEach
    void setUp() {
        store = new InMemoryJuryStore();
        sortition = new Sortition(new FakeRegistry(POOL), user, store.panels, store.members, store.replacements,
                events::add, true, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void drawRecordsThePanelWithInvitedMembersAndAnnouncesIt() {
        PanelView panel = sortition.drawPanel(7, "jury", SIZE, 42L, Set.of());

        assertThat(panel.members()).hasSize(SIZE).allMatch(m -> m.status().equals("INVITED"));
        assertThat(panel.algorithm()).isIn(org.rbe.governance.jury.internal.Leximin.ALGORITHM, "LEGACY-greedy/1");
        assertThat(panel.seed()).isEqualTo(42L);
        assertThat(sortition.currentPanel(7)).contains(panel);
        assertThat(sortition.panel(panel.id())).isEqualTo(panel);
        assertThat(events).singleElement().isInstanceOfSatisfying(PanelDrawn.class, e -> {
            assertThat(e.panelId()).isEqualTo(panel.id());
            assertThat(List.of(e.caseId(), e.seed(), (long) e.size())).containsExactly(7L, 42L, (long) SIZE);
            assertThat(e.algorithm()).isEqualTo(panel.algorithm());
            assertThat(e.poolFileSha256()).matches("[0-9a-f]{64}");
        });
        assertThat(sortition.composition(panel.id())).allMatch(r -> r.actual() >= r.min() && r.actual() <= r.max());
    }

    @Test
    void drawsShareOneReadOfTheRegistryUntilItChanges() {
        java.util.concurrent.atomic.AtomicReference<CitizenRegistry> current =
                new java.util.concurrent.atomic.AtomicReference<>(new FakeRegistry(POOL.subList(0, 2000)));
        CitizenRegistry changing = new CitizenRegistry() {
            @Override
            public long count() {
                return current.get().count();
            }

            @Override
            public List<CitizenProfile> all() {
                return current.get().all();
            }

            @Override
            public java.util.Optional<CitizenProfile> byId(long id) {
                return current.get().byId(id);
            }

            @Override
            public java.util.Optional<CitizenProfile> byUsername(String username) {
                return current.get().byUsername(username);
            }

            @Override
            public java.util.Map<Long, CitizenProfile> byIds(java.util.Collection<Long> ids) {
                return current.get().byIds(ids);
            }
        };
        Sortition shared = new Sortition(changing, user, store.panels, store.members, store.replacements, events::add,
                true, Clock.systemUTC());
        assertThat(ids(shared.drawPanel(1, "jury", 60, 1L, Set.of()))).allMatch(id -> ids(POOL.subList(0, 2000)).contains(id));

        // The citizens module announces a change (same number of citizens, other people): the next draw reads again.
        current.set(new FakeRegistry(POOL.subList(1000, 3000)));
        shared.on(new org.rbe.governance.citizens.CitizensRegistered(2000));
        assertThat(ids(shared.drawPanel(2, "jury", 60, 2L, Set.of()))).allMatch(id -> ids(POOL.subList(1000, 3000)).contains(id));

        // A change made behind its back that alters the number of citizens is noticed too.
        current.set(new FakeRegistry(POOL.subList(2000, 3000)));
        assertThat(ids(shared.drawPanel(3, "jury", 60, 3L, Set.of()))).allMatch(id -> ids(POOL.subList(2000, 3000)).contains(id));
    }

    private static Set<Long> ids(List<CitizenProfile> citizens) {
        return citizens.stream().map(CitizenProfile::id).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aPastDrawVerifiesAgainstTheRegistryAndFailsWhenTheRegistryChanged() {
        PanelView panel = sortition.drawPanel(7, "jury", SIZE, 77L, Set.of(5L, 6L));

        assertThat(sortition.verifyDraw(panel.id())).isEmpty();

        List<CitizenProfile> changed = new ArrayList<>(POOL);
        CitizenProfile someone = changed.get(100);
        changed.set(100, new CitizenProfile(someone.id(), someone.username(), someone.fullName(), someone.region(),
                someone.ageBand().equals("75+") ? "16-29" : "75+", someone.gender(), someone.education(), someone.householdId()));
        Sortition later = new Sortition(new FakeRegistry(changed), user, store.panels, store.members, store.replacements,
                events::add, true, Clock.systemUTC());
        assertThat(later.verifyDraw(panel.id())).isNotEmpty();
    }

    @Test
    void theSameInputsDrawTheSamePanelWhateverTheLoadOfTheMachine() throws Exception {
        PanelView quiet = sortition.drawPanel(5, "jury", SIZE, 99L, Set.of());
        java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (busy.get()) {
                    x += Long.numberOfTrailingZeros(System.nanoTime() | 1);
                }
                assertThat(x).isNotNegative();
            });
            t.start();
            load.add(t);
        }
        try {
            InMemoryJuryStore other = new InMemoryJuryStore();
            Sortition loaded = new Sortition(new FakeRegistry(POOL), user, other.panels, other.members, other.replacements,
                    events::add, true, Clock.systemUTC());
            PanelView again = loaded.drawPanel(5, "jury", SIZE, 99L, Set.of());
            assertThat(again.algorithm()).isEqualTo(quiet.algorithm());
            assertThat(again.members()).extracting(MemberView::citizenId)
                    .containsExactlyElementsOf(quiet.members().stream().map(MemberView::citizenId).toList());
        } finally {
            busy.set(false);
            for (Thread t : load) {
                t.join();
            }
        }
    }

    @Test
    void withoutOracleCallsForLeximinTheLegacyGreedyDrawsAndSaysSo() {
        Sortition hurried = new Sortition(new FakeRegistry(POOL), user, store.panels, store.members, store.replacements,
                new InMemoryJuryStore().lotteries, events::add, true, 8, 1, Clock.systemUTC());

        PanelView panel = hurried.drawPanel(3, "jury", SIZE, 12L, Set.of());

        assertThat(panel.algorithm()).isEqualTo("LEGACY-greedy/1");
        assertThat(panel.members()).hasSize(SIZE);
        assertThat(hurried.composition(panel.id())).allMatch(r -> r.actual() >= r.min() && r.actual() <= r.max());
        assertThat(hurried.verifyDraw(panel.id())).isEmpty();
    }

    @Test
    void theSameSeedDrawsTheSamePeopleAndAnotherSeedOthers() {
        Set<Long> first = ids(sortition.drawPanel(1, "jury", SIZE, 5L, Set.of()));
        Set<Long> again = ids(sortition.drawPanel(2, "jury", SIZE, 5L, Set.of()));
        Set<Long> other = ids(sortition.drawPanel(3, "jury", SIZE, 6L, Set.of()));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void excludedCitizensAreNeverDrawn() {
        Set<Long> excluded = ids(sortition.drawPanel(1, "jury", SIZE, 9L, Set.of()));

        PanelView redraw = sortition.drawPanel(2, "jury", SIZE, 9L, excluded);

        assertThat(ids(redraw)).doesNotContainAnyElementsOf(excluded).hasSize(SIZE);
    }

    @Test
    void panelsHaveAtMostOnePersonPerHousehold() {
        PanelView panel = sortition.drawPanel(1, "jury", SIZE, 13L, Set.of());

        Map<Long, CitizenProfile> byId = POOL.stream().collect(Collectors.toMap(CitizenProfile::id, c -> c));
        assertThat(panel.members().stream().map(m -> byId.get(m.citizenId()).householdId()).distinct()).hasSize(SIZE);
    }

    @Test
    void declineDrawsAReplacementThatKeepsTheQuotasAndIsRecorded() {
        PanelView panel = sortition.drawPanel(1, "jury", SIZE, 21L, Set.of());
        MemberView leaving = panel.members().get(3);
        user.citizen(leaving.citizenId());

        MemberView declined = sortition.decline(panel.id());

        assertThat(declined.status()).isEqualTo("DECLINED");
        MemberView replacement = sortition.panel(panel.id()).members().stream()
                .filter(m -> Long.valueOf(leaving.citizenId()).equals(m.replacedCitizenId())).findFirst().orElseThrow();
        assertThat(replacement.status()).isEqualTo("INVITED");
        assertThat(sortition.activeMemberIds(panel.id())).hasSize(SIZE).contains(replacement.citizenId())
                .doesNotContain(leaving.citizenId());
        assertThat(sortition.isActiveMember(panel.id(), leaving.citizenId())).isFalse();
        assertThat(sortition.composition(panel.id())).allMatch(r -> r.actual() >= r.min() && r.actual() <= r.max());
        ReplacementEntity record = store.replacementRows.get(0);
        assertThat(record.getDeclinedCitizenId()).isEqualTo(leaving.citizenId());
        assertThat(record.getReplacementCitizenId()).isEqualTo(replacement.citizenId());
        assertThat(record.getSeed()).isEqualTo(ReplacementChoice.seedFor(21L, 1));
        assertThat(record.getBrokenQuotas()).isZero();
        assertThat(events).contains(new JurorReplaced(panel.id(), leaving.citizenId(), replacement.citizenId()));
    }

    @Test
    void replacementsAreReproducibleFromThePanelSeed() {
        PanelView first = sortition.drawPanel(1, "jury", SIZE, 33L, Set.of());
        PanelView second = sortition.drawPanel(2, "jury", SIZE, 33L, Set.of());
        user.admin();

        sortition.respond(first.id(), first.members().get(0).citizenId(), false);
        sortition.respond(second.id(), second.members().get(0).citizenId(), false);

        assertThat(ids(sortition.panel(second.id()))).isEqualTo(ids(sortition.panel(first.id())));
    }

    @Test
    void acceptByANonMemberIsDenied() {
        PanelView panel = sortition.drawPanel(1, "jury", SIZE, 3L, Set.of());
        long outsider = POOL.stream().map(CitizenProfile::id).filter(id -> !ids(panel).contains(id)).findFirst().orElseThrow();
        user.citizen(outsider);

        assertThatThrownBy(() -> sortition.accept(panel.id())).isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("jury.error.notMember");
        assertThatThrownBy(() -> sortition.decline(panel.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void acceptingTwiceOrAfterDecliningIsRefused() {
        PanelView panel = sortition.drawPanel(1, "jury", SIZE, 4L, Set.of());
        long accepting = panel.members().get(0).citizenId();
        long declining = panel.members().get(1).citizenId();

        user.citizen(accepting);
        assertThat(sortition.accept(panel.id()).status()).isEqualTo("ACCEPTED");
        assertThatThrownBy(() -> sortition.accept(panel.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already accepted");
        user.citizen(declining);
        sortition.decline(panel.id());
        assertThatThrownBy(() -> sortition.accept(panel.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already declined");
        assertThat(sortition.acceptedMemberIds(panel.id())).containsExactly(accepting);
        assertThat(sortition.isActiveMember(panel.id(), accepting)).isTrue();
    }

    @Test
    void respondingForSomeoneElseNeedsTheAdministratorRole() {
        PanelView panel = sortition.drawPanel(1, "jury", SIZE, 8L, Set.of());
        long member = panel.members().get(0).citizenId();
        user.citizen(member);

        assertThatThrownBy(() -> sortition.respond(panel.id(), member, true)).isInstanceOf(AccessDeniedException.class);
        user.admin();
        assertThat(sortition.respond(panel.id(), member, true).status()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCitizenSeesTheirOwnInvitations() {
        PanelView panel = sortition.drawPanel(12, "jury", SIZE, 10L, Set.of());
        user.citizen(panel.members().get(0).citizenId());

        assertThat(sortition.myInvitations())
                .containsExactly(new InvitationView(panel.id(), 12, "jury", "INVITED", panel.drawnAt()));
    }

    @Test
    void anInfeasibleRequestIsRefusedClearlyAndRecordsNothing() {
        assertThatThrownBy(() -> sortition.drawPanel(1, "jury", POOL.size() + 1, 1L, Set.of()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Cannot draw a panel");
        assertThatThrownBy(() -> sortition.panel(99)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no panel number 99");
        assertThat(store.panelRows).isEmpty();
        assertThat(events).isEmpty();
    }

    private static Set<Long> ids(PanelView panel) {
        return panel.members().stream().filter(m -> !m.status().equals("DECLINED")).map(MemberView::citizenId)
                .collect(Collectors.toSet());
    }
}
