package org.rbe.governance.security.internal;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

/**
 * HTTP Basic for the REST API, with the {@link LoginThrottle}: an attempt for an account or from an address that
 * failed too often waits, or is refused with 429 and {@code Retry-After} without its password being checked; a
 * failure is counted and answered 401 as before. The request itself must carry the credentials (see
 * {@link ApiWithoutSession}).
 */
class ThrottledBasicAuthentication extends BasicHttpAuthenticationFilter {
    private final LoginThrottle throttle;

    ThrottledBasicAuthentication(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        if (isLoginAttempt(request, response)) {
            AuthenticationToken token = createToken(request, response);
            LoginThrottle.Verdict verdict = throttle.check(String.valueOf(token.getPrincipal()), request.getRemoteAddr());
            if (verdict.refused()) {
                tooManyAttempts((HttpServletResponse) response, verdict.retryAfterSeconds());
                return false;
            }
            pause(verdict);
        }
        return super.onAccessDenied(request, response);
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        throttle.failed(String.valueOf(token.getPrincipal()), request.getRemoteAddr());
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        throttle.succeeded(String.valueOf(token.getPrincipal()));
        return super.onLoginSuccess(token, subject, request, response);
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
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/api/problems/too-many-login-attempts\",\"title\":\"Too many failed"
                + " logins\",\"status\":429,\"detail\":\"Too many failed logins for this account or from this address;"
                + " try again in " + seconds + " s.\"}");
    }
}
