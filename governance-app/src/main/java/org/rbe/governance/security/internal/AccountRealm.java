package org.rbe.governance.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Authenticates against the {@code account} table (bcrypt hashes) and grants its roles. */
class AccountRealm extends AuthorizingRealm {
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
    private final JdbcTemplate jdbc;

    AccountRealm(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        setCredentialsMatcher((token, info) -> {
            char[] given = ((UsernamePasswordToken) token).getPassword();
            return given != null && BCRYPT.matches(new String(given), (String) info.getCredentials());
        });
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        List<String> hashes = jdbc.queryForList("SELECT password_hash FROM account WHERE username = ?", String.class, username);
        if (hashes.isEmpty()) {
            throw new UnknownAccountException();
        }
        return new SimpleAuthenticationInfo(username, hashes.get(0), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return new SimpleAuthorizationInfo(roles(jdbc, (String) principals.getPrimaryPrincipal()));
    }

    static Set<String> roles(JdbcTemplate jdbc, String username) {
        List<String> roles = jdbc.queryForList("SELECT roles FROM account WHERE username = ?", String.class, username);
        return roles.isEmpty() ? Set.of()
                : Arrays.stream(roles.get(0).split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
