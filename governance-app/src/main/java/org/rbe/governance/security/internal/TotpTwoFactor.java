package org.rbe.governance.security.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.TwoFactor;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP as RFC 6238 has it (SHA-1, 6 digits, 30-second steps, one step of drift either way), with the codes generated
 * by a well-kept library ({@code dev.samstevens.totp}) and checked here so that a code is accepted once: a step at or
 * before the last one used is refused (replay). Recovery codes are 10 random characters, stored as SHA-256 hashes.
 * Time comes from the application's clock.
 */
@Service
@Transactional
class TotpTwoFactor implements TwoFactor {
    private static final int PERIOD_SECONDS = 30;
    private static final String ISSUER = "Governance";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private final JdbcTemplate jdbc;
    private final AccountRealm realm;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final SecureRandom random = new SecureRandom();
    /** Secrets handed out by {@link #begin} and not yet confirmed, by account (kept in memory: a restart asks again). */
    private final Map<String, String> pending = new java.util.concurrent.ConcurrentHashMap<>();

    TotpTwoFactor(JdbcTemplate jdbc, AccountRealm realm, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.realm = realm;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM account_two_factor WHERE username = ?"
                + " AND confirmed_at IS NOT NULL", Boolean.class, username));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean required(String username) {
        return enrolled(username) || AccountRealm.roles(jdbc, username).stream()
                .anyMatch(r -> REQUIRED_FOR.stream().anyMatch(role -> role.id().equals(r)));
    }

    @Override
    public Enrolment begin(String username, String password) {
        checkPassword(username, password);
        String secret = new DefaultSecretGenerator().generate();
        // re-enrolling replaces a confirmed secret only once the new one is confirmed
        pending.put(username, secret);
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new Enrolment(secret, data.getUri(), Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new UserFacingException("twoFactor.error.qr");
        }
    }

    @Override
    public List<String> confirm(String username, String password, String code) {
        checkPassword(username, password);
        String secret = pending.get(username);
        if (secret == null) {
            throw new UserFacingException("twoFactor.error.notStarted");
        }
        long step = matchingStep(secret, code, 0);
        if (step < 0) {
            throw new UserFacingException("twoFactor.error.badCode");
        }
        pending.remove(username);
        jdbc.update("DELETE FROM account_two_factor WHERE username = ?", username);
        jdbc.update("DELETE FROM account_recovery_code WHERE username = ?", username);
        // the confirming code is not a login: the login that follows may use it once
        jdbc.update("INSERT INTO account_two_factor (username, secret, confirmed_at, last_step) VALUES (?, ?, ?, ?)",
                username, secret, Timestamp.from(clock.instant()), step - 1);
        List<String> recovery = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = recoveryCode();
            recovery.add(c);
            jdbc.update("INSERT INTO account_recovery_code (username, code_hash) VALUES (?, ?)", username, sha256(c));
        }
        events.publishEvent(new Changed(username, "ENROLLED", username));
        return recovery;
    }

    @Override
    public boolean verify(String username, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String given = code.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT secret, last_step FROM account_two_factor WHERE username = ?"
                + " AND confirmed_at IS NOT NULL", username);
        if (rows.isEmpty()) {
            return false;
        }
        if (given.matches("\\d{6}")) {
            long step = matchingStep((String) rows.get(0).get("secret"), given, ((Number) rows.get(0).get("last_step")).longValue());
            return step >= 0 && jdbc.update("UPDATE account_two_factor SET last_step = ?, last_code = ? WHERE username = ?"
                    + " AND last_step < ?", step, given, username, step) == 1;
        }
        String hash = sha256(given.replace("-", ""));
        return jdbc.update("UPDATE account_recovery_code SET used_at = ? WHERE username = ? AND code_hash = ? AND used_at IS NULL",
                Timestamp.from(clock.instant()), username, hash) == 1;
    }

    @Override
    public void reset(String username) {
        currentUser.require(Role.ADMIN);
        String admin = currentUser.actor().username();
        if (jdbc.update("DELETE FROM account_two_factor WHERE username = ?", username) == 0) {
            throw new UserFacingException("twoFactor.error.notEnrolled", username);
        }
        jdbc.update("DELETE FROM account_recovery_code WHERE username = ?", username);
        pending.remove(username);
        events.publishEvent(new Changed(username, "RESET", admin));
    }

    /** The time step (after {@code after}) whose code is {@code code}, within one step of now; -1 if none. */
    private long matchingStep(String secret, String code, long after) {
        if (code == null || !code.trim().matches("\\d{6}")) {
            return -1;
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if (step > after && MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        code.trim().getBytes(StandardCharsets.US_ASCII))) {
                    return step;
                }
            }
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
        return -1;
    }

    private void checkPassword(String username, String password) {
        try {
            realm.getAuthenticationInfo(new UsernamePasswordToken(username, password == null ? "" : password));
        } catch (AuthenticationException e) {
            throw new AccessDeniedException("error.badCredentials");
        }
    }

    private String recoveryCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return b.substring(0, 5) + "-" + b.substring(5);
    }

    private static String sha256(String code) {
        return Sha256.hex(code.replace("-", ""));
    }
}
