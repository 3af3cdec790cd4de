package org.rbe.governance.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Checks every navigation: {@code @AnonymousAllowed} pages are public, {@code @PermitAll} needs a login,
 * {@code @RolesAllowed} needs one of the roles. Anything unannotated is refused. Services check again.
 */
@Component
class AccessGuard implements VaadinServiceInitListener {
    private final CurrentUser currentUser;

    AccessGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class) || target.getName().startsWith("com.vaadin.")) {
            return;
        }
        Actor actor = currentUser.optionalActor().orElse(null);
        if (actor == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        boolean allowed = target.isAnnotationPresent(PermitAll.class)
                || roles != null && Arrays.stream(roles.value()).anyMatch(r -> actor.roles().stream().anyMatch(a -> a.id().equals(r)));
        if (!allowed) {
            event.rerouteToError(SecurityException.class, event.getUI().getTranslation("error.pageForbidden"));
        }
    }
}
