package org.rbe.governance.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds the cast endpoint ({@code POST /api/votes/{voteId}/ballots}) by reading the path, ahead of Spring MVC's
 * request mappings, which try every mapping of the application in turn for a path with a variable (about a sixth of
 * a cast's request-thread CPU). It hands over the very handler method Spring mapped, with the same request attributes
 * (path variable, pattern, producible type), so arguments, errors and answers are the same; whatever it does not
 * recognise for certain (another method or path, an encoded or parameterised path, an Accept header that may not take
 * JSON) it leaves to Spring's mappings.
 *
 * <p>Being a mapping of its own, it does not get the interceptors or CORS settings a {@code WebMvcConfigurer} gives
 * Spring's mappings (the application has none today): whoever adds some must add them here too, or remove this class.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CastRoute extends AbstractHandlerMapping {
    static final String PATTERN = "/api/votes/{voteId}/ballots";
    private static final String PREFIX = "/api/votes/";
    private static final String SUFFIX = "/ballots";
    private static final Set<MediaType> JSON = Set.of(MediaType.APPLICATION_JSON);
    /** Spring MVC's mappings, looked up when the first request comes (none in a context without Spring MVC). */
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile HandlerMethod cast;

    CastRoute(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String uri = request.getRequestURI();
        int from = request.getContextPath().length();
        if (uri.length() <= from + PREFIX.length() + SUFFIX.length() || !uri.startsWith(PREFIX, from) || !uri.endsWith(SUFFIX)) {
            return null;
        }
        int end = uri.length() - SUFFIX.length();
        int start = from + PREFIX.length();
        if (end - start > 18) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = uri.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.contains("application/json") && !accept.contains("*/*")) {
            return null;
        }
        HandlerMethod handler = handler();
        if (handler == null) {
            return null;
        }
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        request.setAttribute(BEST_MATCHING_PATTERN_ATTRIBUTE, PATTERN);
        request.setAttribute(PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, uri.substring(from));
        request.setAttribute(URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("voteId", uri.substring(start, end)));
        request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, JSON);
        return handler;
    }

    /** The handler method Spring mapped to the cast endpoint, with its bean. */
    private HandlerMethod handler() {
        HandlerMethod h = cast;
        RequestMappingHandlerMapping spring;
        if (h == null && (spring = mappings.getIfAvailable()) != null) {
            for (HandlerMethod m : spring.getHandlerMethods().values()) {
                if (m.getBeanType() == VotingApi.class && m.getMethod().getName().equals("cast")) {
                    h = m.createWithResolvedBean();
                    cast = h;
                    break;
                }
            }
        }
        return h;
    }
}
