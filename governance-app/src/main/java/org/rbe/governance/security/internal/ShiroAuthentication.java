package org.rbe.governance.security.internal;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Authentication;
import org.springframework.stereotype.Service;

/** Shiro login and logout for the UI. */
@Service
class ShiroAuthentication implements Authentication {
    private final ShiroCurrentUser currentUser;

    ShiroAuthentication(ShiroCurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Actor login(String username, String password) {
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(username == null ? "" : username.trim(),
                    password == null ? "" : password));
        } catch (AuthenticationException e) {
            throw new AccessDeniedException("error.badCredentials");
        }
        return currentUser.load(username.trim()).orElseThrow(() -> new AccessDeniedException("error.badCredentials"));
    }

    @Override
    public void logout() {
        SecurityUtils.getSubject().logout();
    }
}
