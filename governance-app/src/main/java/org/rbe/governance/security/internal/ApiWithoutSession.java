package org.rbe.governance.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The REST API is stateless: ahead of Shiro, a request to {@code /api/**} (the decoded, normalised path, so that
 * {@code /%61pi/...} is the API too) is shown without its session, so the UI's session cookie never authenticates an
 * API call; HTTP Basic on the request itself is the only way in (see {@link ShiroConfiguration}). A cookie-carrying
 * request from a foreign page therefore cannot act for the logged-in user.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiWithoutSession extends OncePerRequestFilter {
    static boolean isApi(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String cookieName = request.getServletContext().getSessionCookieConfig().getName();
        chain.doFilter(new Sessionless(request, cookieName == null ? "JSESSIONID" : cookieName), response);
    }

    private static final class Sessionless extends HttpServletRequestWrapper {
        private final String cookieName;

        Sessionless(HttpServletRequest request, String cookieName) {
            super(request);
            this.cookieName = cookieName;
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("API requests have no session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromCookie() {
            return false;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null
                    : Arrays.stream(cookies).filter(c -> !cookieName.equalsIgnoreCase(c.getName())).toArray(Cookie[]::new);
        }
    }
}
