package org.rbe.governance.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Shiro login and logout for the UI. Repeated failures are slowed down and then refused ({@link LoginThrottle}); a
 * successful login gets a new session id, so that a session id planted before the login (a shared kiosk, a crafted
 * link) is worth nothing after it.
 */
@Service
class ShiroAuthentication implements Authentication {
    private final ShiroCurrentUser currentUser;
    private final LoginThrottle throttle;

    ShiroAuthentication(ShiroCurrentUser currentUser, LoginThrottle throttle) {
        this.currentUser = currentUser;
        this.throttle = throttle;
    }

    @Override
    public Actor login(String username, String password) {
        String name = username == null ? "" : username.trim();
        Optional<HttpServletRequest> request = currentRequest();
        String address = request.map(HttpServletRequest::getRemoteAddr).orElse("");
        LoginThrottle.Verdict verdict = throttle.check(name, address);
        if (verdict.refused()) {
            throw new AccessDeniedException("error.tooManyLogins", (verdict.retryAfterSeconds() + 59) / 60);
        }
        ThrottledBasicAuthentication.pause(verdict);
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(name, password == null ? "" : password));
        } catch (AuthenticationException e) {
            throttle.failed(name, address);
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
