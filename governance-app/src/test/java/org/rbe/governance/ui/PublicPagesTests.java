package org.rbe.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rbe.governance.testing.FakeCurrentUser;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Only the public pages are open without a login: the register, its decision pages, the minutes verify page, the
 * audit ledger, the ballot receipt check, the constitution in force and its reviews, the annual civic assemblies'
 * results, the deliberations of bodies drawn by lot (readable by every citizen, §5.3), a case's learning material (the
 * scenarios compared, the experts' reviews and the vetoes with their reasons, all published), the citizens' initiatives
 * with each one's analysis and outcome, and the login; every other page asks for one. HTTP endpoints live under {@code /public/} (the minutes, the open-data exports, the demo files, the
 * ledger export) or under {@code /api/}, where Shiro asks for HTTP Basic except on {@code /api/public/}. A new public
 * page must be added here on purpose.
 */
class PublicPagesTests {
    private static final Set<String> PUBLIC_ROUTES = Set.of("login", "register", "register/:caseId", "verify", "ledger",
            "receipts", "constitution", "review/:reviewId", "assembly", "deliberation/:panelId", "oversight",
            "learning/:caseId", "initiatives", "initiatives/:initiativeId");

    static Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new TreeMap<>();
        for (Class<?> type : annotated(Route.class)) {
            routes.put(type.getAnnotation(Route.class).value(), type);
        }
        return routes;
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.rbe.governance")) {
            try {
                types.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }

    @Test
    void exactlyTheRegisterVerifyAndLoginPagesArePublic() {
        Map<String, Class<?>> routes = routes();
        assertThat(routes).containsKeys("register", "register/:caseId", "verify", "login", "", "cases", "cases/:caseId",
                "correlation", "jury", "task/:taskId");

        routes.forEach((path, view) -> {
            boolean anonymous = view.isAnnotationPresent(AnonymousAllowed.class);
            assertThat(anonymous).as("/%s (%s) public", path, view.getSimpleName()).isEqualTo(PUBLIC_ROUTES.contains(path));
            if (!anonymous) {
                assertThat(view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(RolesAllowed.class))
                        .as("/%s (%s) names who may see it", path, view.getSimpleName()).isTrue();
            }
        });
    }

    @Test
    void withoutALoginEveryOtherPageSendsToTheLogin() throws Exception {
        FakeCurrentUser nobody = new FakeCurrentUser();
        nobody.nobody();
        AccessGuard guard = new AccessGuard(nobody);
        Method check = AccessGuard.class.getDeclaredMethod("check", BeforeEnterEvent.class);
        check.setAccessible(true);

        for (Map.Entry<String, Class<?>> route : routes().entrySet()) {
            BeforeEnterEvent event = mock(BeforeEnterEvent.class);
            doReturn(route.getValue()).when(event).getNavigationTarget();

            check.invoke(guard, event);

            if (PUBLIC_ROUTES.contains(route.getKey())) {
                verify(event, never()).forwardTo(any(Class.class));
                verify(event, never()).rerouteToError(any(Class.class), any(String.class));
            } else {
                verify(event).forwardTo(LoginView.class);
            }
        }
    }

    @Test
    void httpEndpointsLiveUnderPublicOrTheAuthenticatedApi() {
        List<Class<?>> controllers = annotated(Controller.class);
        assertThat(controllers).extracting(Class::getSimpleName).contains("MinutesDownload", "RegisterExports");
        for (Class<?> controller : controllers) {
            RequestMapping prefix = controller.getAnnotation(RequestMapping.class);
            List<String> bases = prefix == null ? List.of("") : Arrays.asList(paths(prefix.value(), prefix.path()));
            for (Method method : controller.getDeclaredMethods()) {
                for (String path : mappedPaths(method)) {
                    for (String base : bases) {
                        assertThat(base + path).as("%s.%s", controller.getSimpleName(), method.getName())
                                .matches("/public/.*|/api/.*");
                    }
                }
            }
        }
    }

    private static List<String> mappedPaths(Method method) {
        List<String> paths = new ArrayList<>();
        GetMapping get = method.getAnnotation(GetMapping.class);
        PostMapping post = method.getAnnotation(PostMapping.class);
        PutMapping put = method.getAnnotation(PutMapping.class);
        DeleteMapping delete = method.getAnnotation(DeleteMapping.class);
        PatchMapping patch = method.getAnnotation(PatchMapping.class);
        RequestMapping request = method.getAnnotation(RequestMapping.class);
        Stream.of(get == null ? null : paths(get.value(), get.path()), post == null ? null : paths(post.value(), post.path()),
                        put == null ? null : paths(put.value(), put.path()),
                        delete == null ? null : paths(delete.value(), delete.path()),
                        patch == null ? null : paths(patch.value(), patch.path()),
                        request == null ? null : paths(request.value(), request.path()))
                .filter(java.util.Objects::nonNull).forEach(p -> paths.addAll(Arrays.asList(p)));
        return paths;
    }

    private static String[] paths(String[] value, String[] path) {
        return value.length > 0 ? value : path;
    }
}
