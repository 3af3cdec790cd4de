package org.rbe.governance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Authentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A login through the form gets a new session id (a planted id is worthless); failures are throttled there too. */
class SessionRenewalTests extends CycleTestSupport {
    @Autowired
    Authentication authentication;

    @AfterEach
    void clear() {
        authentication.logout();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theSessionIdBeforeTheLoginIsNotTheOneAfterIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.10");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        String planted = request.getSession(true).getId();

        authentication.login("citizen00123", "demo");

        assertThat(request.getSession(false)).isNotNull();
        assertThat(request.getSession(false).getId()).isNotEqualTo(planted);
    }

    @Test
    void theLoginFormSaysSoWhenThereWereTooManyFailures() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.11");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < LoginThrottle.BLOCK_AT; i++) {
            assertThatThrownBy(() -> authentication.login("ethics6", "wrong")).isInstanceOf(AccessDeniedException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.badCredentials");
        }
        assertThatThrownBy(() -> authentication.login("ethics6", "demo")).isInstanceOf(AccessDeniedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.tooManyLogins");
    }
}
