package org.rbe.governance.proceedings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.DeliberationView;
import org.rbe.governance.proceedings.Stance;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;

/**
 * The public thread of a deliberation: a short one shows every card, a long one (a jury of 500 posts thousands) is a
 * lazy list of the same lines in the same order, each topic's arguments followed by their replies.
 */
class DeliberationPanelViewTests {
    private static final long PANEL = 9;
    private final Deliberation deliberation = mock(Deliberation.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start();
        currentUser.nobody();
        when(deliberation.experts(PANEL)).thenReturn(List.of());
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    /** {@code arguments} arguments on two topics, each of the even ones with a reply. */
    private void thread(int arguments) {
        List<DeliberationView.Post> posts = new ArrayList<>();
        long id = 1;
        List<Long> roots = new ArrayList<>();
        for (int i = 0; i < arguments; i++) {
            roots.add(id);
            posts.add(new DeliberationView.Post(id++, i % 2 == 0 ? "a" : "general", i % 3 == 0 ? Stance.FOR : Stance.AGAINST,
                    "J-AAAAA", null, "Argument " + i, Instant.EPOCH, null, null));
        }
        for (int i = 0; i < arguments; i += 2) {
            posts.add(new DeliberationView.Post(id++, "a", Stance.QUESTION, "J-BBBBB", roots.get(i), "Reply to " + i,
                    Instant.EPOCH, null, null));
        }
        when(deliberation.view(PANEL)).thenReturn(new DeliberationView(PANEL, 1, List.of("a", "general"), true, 1,
                Instant.EPOCH, null, List.of(), posts, List.of(), List.of(), List.of()));
    }

    private DeliberationPanel show() {
        return BrowserlessUi.show(new DeliberationPanel(deliberation, currentUser, PANEL, t -> "Option " + t));
    }

    @Test
    void aShortThreadShowsEveryCardWithItsRepliesUnderIt() {
        thread(6);
        show();
        _assertNone(VirtualList.class);
        assertThat(_find(Div.class, spec -> spec.withId("post-1"))).hasSize(1);
        List<String> cards = _find(Div.class).stream().map(d -> d.getId().orElse(""))
                .filter(i -> i.matches("post-\\d+")).toList();
        // topic "a": arguments 1, 3, 5 each followed by its reply (7, 8, 9); then "general": 2, 4, 6
        assertThat(cards).containsExactly("post-1", "post-7", "post-3", "post-8", "post-5", "post-9", "post-2", "post-4",
                "post-6");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aLongThreadIsALazyListOfTheSameLinesInTheSameOrder() {
        thread(2000);
        DeliberationPanel panel = show();
        VirtualList<DeliberationPanel.Entry> lazy = _get(VirtualList.class, spec -> spec.withId("deliberation-thread"));
        List<DeliberationPanel.Entry> lines = ((DataProvider) lazy.getDataProvider()).fetch(new Query<>()).toList();
        assertThat(lines).hasSize(2 + 3000);
        assertThat(lines.get(0).heading()).isEqualTo("Option a");
        assertThat(lines.get(1).post().id()).isEqualTo(1);
        assertThat(lines.get(2).post().id()).isEqualTo(2001);
        assertThat(lines.get(2).reply()).isTrue();
        assertThat(lines.get(2001).heading()).isEqualTo(panel.getTranslation("deliberation.topic.general"));
        assertThat(DeliberationPageProbe.postsShown(panel)).isEqualTo(3000);
        // no card is built before the browser asks for the lines it shows
        assertThat(_find(Div.class).stream().filter(d -> d.getId().orElse("").matches("post-\\d+"))).isEmpty();
    }
}
