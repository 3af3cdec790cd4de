package org.rbe.governance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Password checks: bcrypt at cost 12, older hashes upgraded, an unknown account as slow to refuse as a wrong password. */
@Transactional
class AccountRealmTests extends CycleTestSupport {
    @Autowired
    AccountRealm realm;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hashesAreBcryptAtCostTwelveAndACheaperOneIsUpgradedAtTheNextLogin() {
        assertThat(jdbc.queryForObject("SELECT password_hash FROM account WHERE username = 'tech05'", String.class))
                .startsWith("$2a$12$");
        jdbc.update("UPDATE account SET password_hash = ? WHERE username = 'tech05'", new BCryptPasswordEncoder(10).encode("demo"));
        AccountRealm accounts = realm;
        assertThat(accounts.getCredentialsMatcher().doCredentialsMatch(new UsernamePasswordToken("tech05", "demo"),
                accounts.getAuthenticationInfo(new UsernamePasswordToken("tech05", "demo")))).isTrue();
        assertThat(jdbc.queryForObject("SELECT password_hash FROM account WHERE username = 'tech05'", String.class))
                .startsWith("$2a$12$");
    }

    @Test
    void anUnknownAccountTakesAsLongToRefuseAsAWrongPasswordSoNamesCannotBeProbed() {
        AccountRealm accounts = realm;
        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            UsernamePasswordToken wrong = new UsernamePasswordToken("tech06", "wrong" + i);
            assertThat(accounts.getCredentialsMatcher().doCredentialsMatch(wrong, accounts.doGetAuthenticationInfo(wrong)))
                    .isFalse();
            known[i] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            assertThatThrownBy(() -> accounts.doGetAuthenticationInfo(new UsernamePasswordToken("nobody" + System.nanoTime(), "x")))
                    .isInstanceOf(UnknownAccountException.class);
            unknown[i] = System.nanoTime() - t1;
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        // Both run one bcrypt at cost 12 (a quarter of a second); without the stand-in check the unknown one takes ~1 ms.
        assertThat(unknown[2]).isGreaterThan(known[2] / 3);
    }
}
