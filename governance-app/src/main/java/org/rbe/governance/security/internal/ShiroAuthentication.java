package org.rbe.governance.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Authentication;
import org.rbe.governance.security.SecondFactorNeeded;
import org.rbe.governance.security.TwoFactor;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Shiro login and logout for the UI, with the second factor where the account needs one ({@link TwoFactor}: staff
 * roles, or enrolled by choice; nobody stays logged in until it is given). Repeated failures are slowed down and then
 * refused ({@link LoginThrottle}); a
 * successful login gets a new session id, so that a session id planted before the login (a shared kiosk, a crafted
 * link) is worth nothing after it.
 */
@Service
class ShiroAuthentication implements Authentication {
    private final ShiroCurrentUser currentUser;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;

    private final AccountRealm realm;

    ShiroAuthentication(ShiroCurrentUser currentUser, LoginThrottle throttle, TwoFactor twoFactor, AccountRealm realm) {
        this.realm = realm;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
    }

    @Override
    public Actor login(String username, String password, String code) {
        String name = username == null ? "" : username.trim();
        Optional<HttpServletRequest> request = currentRequest();
        String address = request.map(HttpServletRequest::getRemoteAddr).orElse("");
        LoginThrottle.Verdict verdict = throttle.check(name, address);
        if (verdict.refused()) {
            throw new AccessDeniedException("error.tooManyLogins", (verdict.retryAfterSeconds() + 59) / 60);
        }
        ThrottledBasicAuthentication.pause(verdict);
        UsernamePasswordToken token = new UsernamePasswordToken(name, password == null ? "" : password);
        try {
            // the password first, without logging in: the second factor comes before any session is the user's
            realm.getAuthenticationInfo(token);
        } catch (AuthenticationException e) {
            throttle.failed(name, address);
            throw new AccessDeniedException("error.badCredentials");
        }
        if (twoFactor.required(name)) {
            if (!twoFactor.enrolled(name)) {
                throw new SecondFactorNeeded(true);
            }
            if (code == null || code.isBlank()) {
                throw new SecondFactorNeeded(false);
            }
            if (!twoFactor.verify(name, code)) {
                throttle.failed(name, address);
                throw new AccessDeniedException("login.badCode");
            }
        }
        try {
            SecurityUtils.getSubject().login(token);  // the password was just verified: the realm remembers it
        } catch (AuthenticationException e) {
            throw new AccessDeniedException("error.badCredentials");
        }
        throttle.succeeded(name);
        request.filter(r -> r.getSession(false) != null).ifPresent(HttpServletRequest::changeSessionId);
        return currentUser.load(name).orElseThrow(() -> new AccessDeniedException("error.badCredentials"));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    @Override
    public void logout() {
        SecurityUtils.getSubject().logout();
    }
}
