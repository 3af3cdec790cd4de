package org.rbe.governance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.rbe.governance.security.TwoFactor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * With the demo off (as in production), HTTP Basic cannot be the door for an account that needs a second factor: it
 * is answered 401 with the advice to use a token, before its password is checked, so a staff password alone never
 * reaches the API. (With the setting on, as in the demo and the HTTP tests, Basic works for everyone.)
 */
class BasicForTwoFactorAccountsTests {
    private final TwoFactor twoFactor = mock(TwoFactor.class);
    private final ThrottledBasicAuthentication filter =
            new ThrottledBasicAuthentication(new LoginThrottle(Clock.systemUTC()), twoFactor, false);

    @Test
    void basicForAStaffAccountIsRefusedWithTheAdviceToUseAToken() throws Exception {
        when(twoFactor.required("clerk1")).thenReturn(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(filter.onAccessDenied(basic("clerk1", "demo"), response)).isFalse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("/api/problems/api-token-needed", "Authorization: Bearer");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aBearerHeaderIsALoginAttemptAndBecomesABearerToken() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sanctions");
        request.addHeader("Authorization", "Bearer gov_abc");
        assertThat(filter.isLoginAttempt("Bearer gov_abc")).isTrue();
        assertThat(filter.createToken(request, new MockHttpServletResponse()))
                .isInstanceOfSatisfying(org.apache.shiro.authc.BearerToken.class, t -> assertThat(t.getToken()).isEqualTo("gov_abc"));
    }

    private static MockHttpServletRequest basic(String user, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sanctions");
        request.setRemoteAddr("192.0.2.7");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return request;
    }
}
