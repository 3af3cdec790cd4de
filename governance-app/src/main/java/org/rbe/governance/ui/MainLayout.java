package org.rbe.governance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Authentication;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.Messages;

/**
 * The shell around every page: menu (from the views' {@code @Menu}, filtered by role), language, logout. On a phone
 * ({@code styles/shell.css}) the header keeps the toggle, the title, the notices and a log-out icon.
 */
@Layout
@StyleSheet("context://styles/shell.css")
@AnonymousAllowed
public class MainLayout extends AppLayout {
    private final Authentication authentication;

    MainLayout(CurrentUser currentUser, Authentication authentication,
               org.springframework.beans.factory.ObjectProvider<HeaderItem> items) {
        this.authentication = authentication;
        Optional<Actor> actor = currentUser.optionalActor();
        H1 title = new H1(getTranslation("app.name"));
        title.setId("app-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("flex-shrink", "1");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addToEnd(wide(languageSelect("language")));
        if (actor.isPresent()) {
            Span who = new Span(actor.get().displayName() + " (" + actor.get().username() + ")");
            who.setId("current-user");
            // on a phone the header has room for little: the name shrinks with an ellipsis, and the drawer repeats it
            who.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap")
                    .set("min-width", "0");
            items.orderedStream().forEach(i -> i.forCurrentUser().ifPresent(header::addToEnd));
            Button logoutIcon = new Button(VaadinIcon.SIGN_OUT.create(), e -> logout());
            logoutIcon.setId("logout-icon");
            logoutIcon.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            logoutIcon.setAriaLabel(getTranslation("nav.logout"));
            logoutIcon.setTooltipText(getTranslation("nav.logout"));
            logoutIcon.addClassName("shell-narrow");
            header.addToEnd(wide(who), wide(logoutButton("logout")), logoutIcon);
        } else {
            header.addToEnd(new Button(getTranslation("login.submit"), e -> UI.getCurrent().navigate("login")));
        }
        header.getStyle().set("padding-right", "var(--lumo-space-m)").set("min-width", "0");
        addToNavbar(header);
        addToDrawer(menu(actor));
        // reachable on every page at any width: the drawer opens from the toggle on phones
        Select<Locale> drawerLanguage = languageSelect("drawer-language");
        drawerLanguage.addClassName("shell-narrow");
        VerticalLayout account = new VerticalLayout(drawerLanguage);
        actor.ifPresent(a -> {
            Span name = new Span(a.displayName() + " (" + a.username() + ")");
            name.setId("drawer-user");
            account.add(name, logoutButton("drawer-logout"));
        });
        account.setSpacing(false);
        addToDrawer(account);
    }

    /** Shown only where there is room; on a phone the drawer holds it. */
    private static <C extends com.vaadin.flow.component.Component & HasStyle> C wide(C component) {
        component.addClassName("shell-wide");
        return component;
    }

    private void logout() {
        authentication.logout();
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("login");
    }

    private Button logoutButton(String id) {
        Button logout = new Button(getTranslation("nav.logout"), e -> logout());
        logout.setId(id);
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    private Select<Locale> languageSelect(String id) {
        Select<Locale> language = new Select<>();
        language.setId(id);
        language.setAriaLabel(getTranslation("nav.language"));
        language.setWidth("8.5em");
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(l -> "ru".equals(l.getLanguage()) ? "Русский" : "English");
        language.setValue("ru".equals(UI.getCurrent().getLocale().getLanguage()) ? Messages.RUSSIAN : Locale.ENGLISH);
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }

    private SideNav menu(Optional<Actor> actor) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (visible(entry.menuClass(), actor)) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
        }
        return nav;
    }

    private static boolean visible(Class<?> view, Optional<Actor> actor) {
        if (view == null || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (actor.isEmpty()) {
            return false;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return view.isAnnotationPresent(PermitAll.class) || roles != null && Arrays.stream(roles.value())
                .anyMatch(r -> actor.get().roles().stream().anyMatch(a -> a.id().equals(r)));
    }

}
