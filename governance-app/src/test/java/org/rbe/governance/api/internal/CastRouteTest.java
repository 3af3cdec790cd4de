package org.rbe.governance.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbe.governance.api.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The cast endpoint's own route finds what Spring's mappings find for it, and leaves every other request to them. */
class CastRouteTest extends ApiTestSupport {
    @Autowired
    CastRoute route;
    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void findsTheCastEndpointAsSpringDoesAndLeavesAnythingElseToSpring() throws Exception {
        MockHttpServletRequest cast = request("POST", "/api/votes/42/ballots", "application/json, application/problem+json");
        HandlerExecutionChain ours = route.getHandler(cast);
        HandlerExecutionChain spring = mappings.getHandler(request("POST", "/api/votes/42/ballots", "application/json"));
        assertThat(ours).isNotNull();
        assertThat(spring).isNotNull();
        assertThat(((HandlerMethod) ours.getHandler()).getMethod()).isEqualTo(((HandlerMethod) spring.getHandler()).getMethod());
        assertThat(((HandlerMethod) ours.getHandler()).getBean()).isInstanceOf(VotingApi.class);
        assertThat(cast.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).isEqualTo(Map.of("voteId", "42"));
        assertThat(cast.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)).isEqualTo("/api/votes/{voteId}/ballots");
        assertThat(route.getHandler(request("POST", "/api/votes/42/ballots", null))).isNotNull();
        assertThat(route.getHandler(request("POST", "/api/votes/42/ballots", "*/*"))).isNotNull();

        assertThat(route.getHandler(request("GET", "/api/votes/42/ballots", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes/4x2/ballots", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes//ballots", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes/42/ballots/1", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes/42;x=1/ballots", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes/%34%32/ballots", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes/42", null))).isNull();
        assertThat(route.getHandler(request("POST", "/api/votes/42/ballots", "text/html"))).isNull();
    }

    private static MockHttpServletRequest request(String method, String path, String accept) {
        MockHttpServletRequest r = new MockHttpServletRequest(method, path);
        r.setServletPath(path); // as under the DispatcherServlet, mapped to "/"
        if (accept != null) {
            r.addHeader("Accept", accept);
        }
        ServletRequestPathUtils.parseAndCache(r);
        return r;
    }
}
