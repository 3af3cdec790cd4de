package org.rbe.governance.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an initiative refuses, each with its reason and storing nothing: bad input, a second support, a support after
 * its window, the day's initiatives of one citizen used up; and how it ends when nobody analyses it (withdrawn,
 * expired).
 */
class InitiativeGuardsTest extends CycleTestSupport {
    private static final String TEXT = CitizenInitiativeProcessTest.TEXT;
    private static final String PROBLEM = CitizenInitiativeProcessTest.PROBLEM;
    @Autowired
    Initiatives initiatives;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachCitizenSupportsOnceAndTheProposerIsTheFirstSupporter() {
        CitizenInitiative proposed = as("citizen07001", () -> initiatives.propose("Night buses to the hospital", TEXT,
                PROBLEM));
        assertThat(proposed.supporters()).isEqualTo(1);
        assertThat(as("citizen07001", () -> initiatives.supportedByMe(proposed.id()))).isTrue();
        assertRefused(() -> as("citizen07001", () -> initiatives.support(proposed.id())),
                "initiatives.error.alreadySupported");
        assertThat(as("citizen07002", () -> initiatives.support(proposed.id())).supporters()).isEqualTo(2);
        assertRefused(() -> as("citizen07002", () -> initiatives.support(proposed.id())),
                "initiatives.error.alreadySupported");
        assertThat(initiatives.get(proposed.id()).supporters()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM citizen_initiative_support WHERE initiative_id = ?",
                Integer.class, proposed.id())).isEqualTo(2);
        assertThat(as("citizen07003", () -> initiatives.supportedByMe(proposed.id()))).isFalse();
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsStored() {
        int before = count();
        assertRefused(() -> as("citizen07101", () -> initiatives.propose("Too short", TEXT, PROBLEM)),
                "initiatives.error.titleLength");
        assertRefused(() -> as("citizen07101", () -> initiatives.propose("x".repeat(201), TEXT, PROBLEM)),
                "initiatives.error.titleLength");
        assertRefused(() -> as("citizen07101", () -> initiatives.propose("A good enough title", "Too short a text.",
                PROBLEM)), "initiatives.error.proposalLength");
        assertRefused(() -> as("citizen07101", () -> initiatives.propose("A good enough title", "y".repeat(8001),
                PROBLEM)), "initiatives.error.proposalLength");
        assertRefused(() -> as("citizen07101", () -> initiatives.propose("A good enough title", TEXT, "  ")),
                "initiatives.error.problemLength");
        assertThatThrownBy(() -> initiatives.propose("A good enough title", TEXT, PROBLEM))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> initiatives.get(987_654_321L), "initiatives.error.unknown");
        assertThat(count()).isEqualTo(before);
        // the text is kept as typed, without the spaces around it
        assertThat(as("citizen07101", () -> initiatives.propose("  A good enough title  ", TEXT, PROBLEM)).title())
                .isEqualTo("A good enough title");
    }

    @Test
    void aCitizenProposesAtMostTheDaysNumberOfInitiatives() {
        for (int i = 1; i <= 3; i++) {
            int n = i;
            as("citizen07201", () -> initiatives.propose("Initiative number " + n + " of the day", TEXT, PROBLEM));
        }
        int before = count();
        assertRefused(() -> as("citizen07201", () -> initiatives.propose("One initiative too many", TEXT, PROBLEM)),
                "initiatives.error.dailyLimit");
        assertThat(count()).isEqualTo(before);
        clock.moveTo(clock.today().plusDays(1));
        assertThat(as("citizen07201", () -> initiatives.propose("The next day's initiative", TEXT, PROBLEM)).status())
                .isEqualTo(CitizenInitiative.COLLECTING);
    }

    @Test
    void anInitiativeCollectsForNinetyDaysThenExpiresAndTheLedgerSaysSo() {
        CitizenInitiative proposed = as("citizen07301", () -> initiatives.propose("Shade trees along the canal", TEXT,
                PROBLEM));
        assertThat(proposed.expiresAt()).isEqualTo(proposed.proposedAt().plus(Duration.ofDays(90)));
        clock.moveTo(proposed.proposedAt().plus(Duration.ofDays(89)));
        assertThat(initiatives.expireDue()).isZero();
        as("citizen07302", () -> initiatives.support(proposed.id()));
        clock.moveTo(proposed.expiresAt());
        assertRefused(() -> as("citizen07303", () -> initiatives.support(proposed.id())), "initiatives.error.expired");
        assertThat(initiatives.expireDue()).isGreaterThanOrEqualTo(1);
        CitizenInitiative expired = initiatives.get(proposed.id());
        assertThat(expired.status()).isEqualTo(CitizenInitiative.EXPIRED);
        assertThat(expired.supporters()).isEqualTo(2);
        assertRefused(() -> as("citizen07303", () -> initiatives.support(proposed.id())),
                "initiatives.error.notCollecting");
        assertThat(ledger.entries(0, 1_000_000).stream().filter(e -> e.subject().equals("case:" + expired.caseNumber()))
                .map(e -> e.type())).containsSubsequence("INITIATIVE_PROPOSED", "INITIATIVE_EXPIRED");
    }

    @Test
    void onlyItsProposerWithdrawsAnInitiativeAndThenNobodySupportsIt() {
        CitizenInitiative proposed = as("citizen07401", () -> initiatives.propose("A repair shop for bicycles", TEXT,
                PROBLEM));
        assertRefused(() -> as("citizen07402", () -> initiatives.withdraw(proposed.id())), "initiatives.error.notProposer");
        assertThat(as("citizen07401", () -> initiatives.withdraw(proposed.id())).status())
                .isEqualTo(CitizenInitiative.WITHDRAWN);
        assertRefused(() -> as("citizen07402", () -> initiatives.support(proposed.id())),
                "initiatives.error.notCollecting");
        assertRefused(() -> as("citizen07401", () -> initiatives.withdraw(proposed.id())),
                "initiatives.error.notCollecting");
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM citizen_initiative", Integer.class);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return currentUser.runAs(username, work);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}
