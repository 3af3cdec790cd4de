package org.rbe.governance.security.internal;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.rbe.governance.security.TwoFactor;
import org.rbe.governance.shared.Sha256;

/**
 * The REST API's authentication: a personal token ({@code Authorization: Bearer}, see
 * {@link org.rbe.governance.security.ApiTokens}) or HTTP Basic, with the {@link LoginThrottle}: an attempt for an
 * account or from an address that failed too often waits, or is refused with 429 and {@code Retry-After} without its
 * credentials being checked; a failure is counted and answered 401. An account that needs a second factor cannot
 * send one with HTTP Basic, so Basic is refused for it (401, before its password is checked) unless
 * {@code basicForTwoFactorAccounts} is on, as it is for the demo. The request itself must carry the credentials (see
 * {@link ApiWithoutSession}).
 */
class ThrottledBasicAuthentication extends BasicHttpAuthenticationFilter {
    private static final String BEARER = "bearer ";
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final boolean basicForTwoFactorAccounts;

    ThrottledBasicAuthentication(LoginThrottle throttle, TwoFactor twoFactor, boolean basicForTwoFactorAccounts) {
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.basicForTwoFactorAccounts = basicForTwoFactorAccounts;
    }

    @Override
    protected boolean isLoginAttempt(String authzHeader) {
        return super.isLoginAttempt(authzHeader) || authzHeader.toLowerCase(java.util.Locale.ROOT).startsWith(BEARER);
    }

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        String header = getAuthzHeader(request);
        if (header != null && header.toLowerCase(java.util.Locale.ROOT).startsWith(BEARER)) {
            return new BearerToken(header.substring(BEARER.length()).trim(), request.getRemoteHost());
        }
        return super.createToken(request, response);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        if (isLoginAttempt(request, response)) {
            AuthenticationToken token = createToken(request, response);
            LoginThrottle.Verdict verdict = throttle.check(account(token), request.getRemoteAddr());
            if (verdict.refused()) {
                tooManyAttempts((HttpServletResponse) response, verdict.retryAfterSeconds());
                return false;
            }
            pause(verdict);
            if (token instanceof UsernamePasswordToken basic && !basicForTwoFactorAccounts
                    && twoFactor.required(basic.getUsername())) {
                tokenNeeded((HttpServletResponse) response);
                return false;
            }
        }
        return super.onAccessDenied(request, response);
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        throttle.failed(account(token), request.getRemoteAddr());
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        throttle.succeeded(account(token));
        return super.onLoginSuccess(token, subject, request, response);
    }

    /** Whose failures an attempt counts as: the account named, or for a token a name derived from it (not the token). */
    private static String account(AuthenticationToken token) {
        return token instanceof BearerToken bearer
                ? "token:" + Sha256.hex(String.valueOf(bearer.getToken())).substring(0, 16)
                : String.valueOf(token.getPrincipal());
    }

    static void pause(LoginThrottle.Verdict verdict) {
        if (verdict.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(verdict.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void tooManyAttempts(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(seconds));
        problem(response, 429, "too-many-login-attempts", "Too many failed logins", "Too many failed logins for this"
                + " account or from this address; try again in " + seconds + " s.");
    }

    private static void tokenNeeded(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"application\"");
        problem(response, 401, "api-token-needed", "An API token is needed", "This account has a second factor, which"
                + " HTTP Basic cannot carry: create a personal API token on the page \"API tokens\" and send it as"
                + " \"Authorization: Bearer <token>\".");
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/api/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
    }
}
