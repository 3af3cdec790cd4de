package org.rbe.governance.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

/**
 * Authenticates against the {@code account} table (bcrypt hashes) and grants its roles. The REST API authenticates
 * every request with HTTP Basic, and bcrypt costs tens of milliseconds by design: a password that passed bcrypt is
 * remembered for a few minutes as an HMAC under a key that lives only in this process's memory (never the password),
 * tied to the stored hash, so a changed password or hash is checked with bcrypt again.
 */
class AccountRealm extends AuthorizingRealm {
    /** Cost 12: about a quarter of a second per check on two cores; older, cheaper hashes are upgraded at login. */
    static final int BCRYPT_COST = 12;
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(BCRYPT_COST);
    /** Checked against when the account does not exist, so that an unknown name fails as slowly as a wrong password. */
    private static final String ABSENT = BCRYPT.encode("no such account");
    private static final long REMEMBER_MILLIS = 5 * 60 * 1000L;
    private static final int MAX_REMEMBERED = 50_000;
    private final JdbcTemplate jdbc;
    private final byte[] processKey = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** One keyed HMAC per request thread: looking up and keying a new {@link Mac} costs more than the HMAC itself. */
    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newHmac);

    private record Verified(String storedHash, byte[] digest, long until) {
    }

    AccountRealm(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        new SecureRandom().nextBytes(processKey);
        setCredentialsMatcher((token, info) -> {
            char[] given = ((UsernamePasswordToken) token).getPassword();
            return given != null && matches(((UsernamePasswordToken) token).getUsername(), new String(given),
                    (String) info.getCredentials());
        });
        setAuthorizationCachingEnabled(false);
    }

    private boolean matches(String username, String password, String storedHash) {
        byte[] digest = digest(username, password);
        Verified known = verified.get(username);
        long now = System.currentTimeMillis();
        if (known != null && known.until() > now && known.storedHash().equals(storedHash)
                && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        if (!BCRYPT.matches(password, storedHash)) {
            return false;
        }
        if (BCRYPT.upgradeEncoding(storedHash)) {
            String upgraded = BCRYPT.encode(password);
            jdbc.update("UPDATE account SET password_hash = ? WHERE username = ? AND password_hash = ?", upgraded,
                    username, storedHash);
            storedHash = upgraded;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(username, new Verified(storedHash, digest, now + REMEMBER_MILLIS));
        return true;
    }

    private byte[] digest(String username, String password) {
        // doFinal resets the Mac for the next use on this thread
        return hmac.get().doFinal((username + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Mac newHmac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(processKey, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
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
            char[] given = ((UsernamePasswordToken) token).getPassword();
            BCRYPT.matches(given == null ? "" : new String(given), ABSENT);
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
