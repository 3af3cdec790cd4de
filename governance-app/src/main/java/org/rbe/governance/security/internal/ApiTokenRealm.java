package org.rbe.governance.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;
import org.rbe.governance.shared.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Authenticates {@code Authorization: Bearer} requests with a live personal token (see {@link JdbcApiTokens}): the
 * subject is the token's holder, whose roles {@link AccountRealm} grants as for a password login.
 */
class ApiTokenRealm extends AuthenticatingRealm {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokenRealm(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // finding the token's hash among the live ones is the check
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String secret = ((BearerToken) token).getToken();
        if (secret == null || !secret.startsWith(JdbcApiTokens.PREFIX) || secret.length() > 100) {
            throw new IncorrectCredentialsException("not a token of this register");
        }
        String holder = jdbc.queryForList("SELECT username FROM api_token WHERE token_hash = ? AND revoked_at IS NULL"
                        + " AND expires_at > ?", String.class, Sha256.hex(secret), Timestamp.from(clock.instant()))
                .stream().findFirst()
                .orElseThrow(() -> new IncorrectCredentialsException("unknown, expired or revoked token"));
        return new SimpleAuthenticationInfo(holder, secret, getName());
    }
}
