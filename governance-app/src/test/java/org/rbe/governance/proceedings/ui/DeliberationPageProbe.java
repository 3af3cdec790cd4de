package org.rbe.governance.proceedings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.TopicNames;
import org.rbe.governance.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the route {@code deliberation/:panelId} on the current (mocked) UI as the router does: the page is made with
 * the application's services, entered with the panel's id, and attached to the UI. For benchmarks and tests.
 */
public final class DeliberationPageProbe {
    private DeliberationPageProbe() {
    }

    /** The page for {@code panelId}, entered and attached to {@code UI.getCurrent()}. */
    public static Component open(Deliberation deliberation, CurrentUser currentUser, ObjectProvider<TopicNames> names,
                                 long panelId) {
        UI ui = UI.getCurrent();
        DeliberationPage page = new DeliberationPage(deliberation, currentUser, names);
        String path = "deliberation/" + panelId;
        page.beforeEnter(new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PAGE_LOAD,
                new Location(path), DeliberationPage.class, new RouteParameters("panelId", String.valueOf(panelId)), ui,
                List.of()));
        ui.add(page);
        return page;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.stream.Stream<DeliberationPanel.Entry> entries(VirtualList<?> lazy) {
        return ((com.vaadin.flow.data.provider.DataProvider) lazy.getDataProvider())
                .fetch(new com.vaadin.flow.data.provider.Query<>());
    }

    /** The posts the page shows: its post cards, and the posts of its lazy thread (which the browser builds as it scrolls). */
    public static int postsShown(Component page) {
        int self = page.getId().filter(id -> id.matches("post-\\d+")).isPresent() ? 1 : 0;
        if (page instanceof VirtualList<?> lazy) {
            self += (int) entries(lazy).filter(e -> e.post() != null).count();
        }
        return self + page.getChildren().mapToInt(DeliberationPageProbe::postsShown).sum();
    }

    /** The id of the last post in the page's lazy thread, or -1 when the thread is shown whole. */
    public static long lastPostInThread(Component page) {
        if (page instanceof VirtualList<?> lazy) {
            return entries(lazy).map(DeliberationPanel.Entry::post)
                    .filter(java.util.Objects::nonNull).reduce((a, b) -> b).map(p -> p.id()).orElse(-1L);
        }
        return page.getChildren().mapToLong(DeliberationPageProbe::lastPostInThread).max().orElse(-1);
    }
}
