package org.rbe.governance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Authentication;
import org.rbe.governance.security.SecondFactorNeeded;
import org.rbe.governance.security.TwoFactor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Second factors (TOTP, RFC 6238): required for staff, optional for citizens, enrolled with a code, reset by an administrator. */
class TwoFactorTests extends CycleTestSupport {
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    Authentication authentication;
    @Autowired
    AuditLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    /** Not transactional (the ledger is written at commit): the enrolments made here are removed afterwards. */
    @AfterEach
    void logoutAndForget() {
        authentication.logout();
        for (String table : List.of("account_recovery_code", "account_two_factor")) {
            jdbc.update("DELETE FROM " + table + " WHERE username IN ('tech09', 'citizen00300')");
        }
    }

    @Test
    void staffCannotLogInWithoutEnrollingWhileACitizenWithoutOneLogsInWithThePasswordAlone() {
        for (String staff : List.of("admin", "clerk1", "ethics2", "tech08", "analyst")) {
            assertThat(twoFactor.required(staff)).as(staff).isTrue();
            assertThatThrownBy(() -> authentication.login(staff, "demo")).as(staff).isInstanceOf(SecondFactorNeeded.class)
                    .satisfies(e -> assertThat(((SecondFactorNeeded) e).enrol()).isTrue());
        }
        assertThat(twoFactor.required("citizen00200")).isFalse();
        assertThat(authentication.login("citizen00200", "demo").username()).isEqualTo("citizen00200");
        assertThatThrownBy(() -> twoFactor.begin("tech08", "wrong")).hasFieldOrPropertyWithValue("messageKey", "error.badCredentials");
    }

    @Test
    void anEnrolledAccountNeedsTheCurrentCodeOnceOrARecoveryCodeOnce() throws Exception {
        TwoFactor.Enrolment enrolment = twoFactor.begin("tech09", "demo");
        assertThat(enrolment.qrCodeDataUri()).startsWith("data:image/png;base64,");
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret());
        assertThatThrownBy(() -> twoFactor.confirm("tech09", "demo", "000000")).hasFieldOrPropertyWithValue("messageKey",
                "twoFactor.error.badCode");
        String code = codeNow(enrolment.secret());
        List<String> recovery = twoFactor.confirm("tech09", "demo", code);
        assertThat(recovery).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates();
        assertThat(twoFactor.enrolled("tech09")).isTrue();
        assertThat(entries("account:tech09")).extracting(LedgerEntry::type).containsExactly("TWO_FACTOR_ENROLLED");

        assertThatThrownBy(() -> authentication.login("tech09", "demo")).isInstanceOf(SecondFactorNeeded.class)
                .satisfies(e -> assertThat(((SecondFactorNeeded) e).enrol()).isFalse());
        assertThatThrownBy(() -> authentication.login("tech09", "demo", wrong(code)))
                .hasFieldOrPropertyWithValue("messageKey", "login.badCode");
        assertThat(authentication.login("tech09", "demo", code).username()).isEqualTo("tech09");
        authentication.logout();
        // the same code a second time is a replay
        assertThatThrownBy(() -> authentication.login("tech09", "demo", code)).hasFieldOrPropertyWithValue("messageKey", "login.badCode");
        assertThat(authentication.login("tech09", "demo", recovery.get(3)).username()).isEqualTo("tech09");
        authentication.logout();
        assertThatThrownBy(() -> authentication.login("tech09", "demo", recovery.get(3)))
                .hasFieldOrPropertyWithValue("messageKey", "login.badCode");
    }

    @Test
    void anAdministratorResetsAnEnrolmentWhichIsLedgeredAndNobodyElseCan() throws Exception {
        TwoFactor.Enrolment enrolment = twoFactor.begin("citizen00300", "demo");
        twoFactor.confirm("citizen00300", "demo", codeNow(enrolment.secret()));
        assertThat(twoFactor.required("citizen00300")).as("opted in").isTrue();
        assertThatThrownBy(() -> authentication.login("citizen00300", "demo")).isInstanceOf(SecondFactorNeeded.class);

        assertThatThrownBy(() -> currentUser.runAs("clerk1", () -> {
            twoFactor.reset("citizen00300");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        currentUser.runAs("admin", () -> {
            twoFactor.reset("citizen00300");
            return null;
        });
        assertThat(twoFactor.enrolled("citizen00300")).isFalse();
        assertThat(entries("account:citizen00300")).extracting(LedgerEntry::type)
                .containsExactly("TWO_FACTOR_ENROLLED", "TWO_FACTOR_RESET");
        assertThat(authentication.login("citizen00300", "demo").username()).isEqualTo("citizen00300");
    }

    private List<LedgerEntry> entries(String subject) {
        return ledger.entries(0, 1_000_000).stream().filter(e -> e.subject().equals(subject)).toList();
    }

    private String codeNow(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.instant().getEpochSecond() / 30);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
