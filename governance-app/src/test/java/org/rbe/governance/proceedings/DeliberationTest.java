package org.rbe.governance.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A jury deliberates as the issue asks: seated at random stratified tables under pseudonyms, asking the reviewing
 * experts, arguing within the limits, a clerk hiding a post for a reason, reasons kept apart from the juror, and what
 * is public when.
 */
class DeliberationTest extends CycleTestSupport {
    @Autowired
    Deliberation deliberation;
    @Autowired
    DeliberationMinutes minutes;
    @Autowired
    Sortition sortition;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    ExpertReview review;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJuryDeliberatesWithinItsLimitsAndEveryonePublicSeesWhatIsPublic() {
        DecisionCaseView c = openCase("Deliberation");
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        assertThat(deliberation.exists(panel.id())).isTrue();
        List<MemberView> jurors = panel.members();
        MemberView first = jurors.get(0);
        MemberView second = jurors.get(1);
        String topic = deliberation.view(panel.id()).topics().get(0);

        // only a juror who accepted takes part
        assertThatThrownBy(() -> as(first.username(), () -> deliberation.ask(panel.id(), topic, "Why?")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Accept your invitation first");
        currentUser.runAs("admin", () -> {
            jurors.forEach(m -> sortition.respond(panel.id(), m.citizenId(), true));
            return null;
        });
        assertThatThrownBy(() -> as("tech01", () -> deliberation.post(panel.id(), topic, Stance.FOR, "Yes", null)))
                .isInstanceOf(AccessDeniedException.class);

        // tables of about 12, every region spread evenly over them
        Map<Integer, List<Long>> tables = new HashMap<>();
        for (MemberView m : jurors) {
            DeliberationView.Seat seat = as(m.username(), () -> deliberation.seat(panel.id())).orElseThrow();
            assertThat(seat.pseudonym()).matches("J-[A-Z2-9]{5}").doesNotContain(m.username());
            tables.computeIfAbsent(seat.table(), t -> new java.util.ArrayList<>()).add(m.citizenId());
        }
        assertThat(tables).hasSize(Math.round(jurors.size() / 12f));
        assertThat(tables.values()).allSatisfy(t -> assertThat(t.size()).isBetween(11, 13));
        Map<String, Set<Integer>> perRegion = new HashMap<>();
        tables.forEach((t, ids) -> registry.byIds(ids).values().forEach(p -> {
            long atThisTable = ids.stream().filter(id -> registry.byId(id).orElseThrow().region().equals(p.region())).count();
            perRegion.computeIfAbsent(p.region(), r -> new java.util.TreeSet<>()).add((int) atThisTable);
        }));
        perRegion.values().forEach(counts -> assertThat(counts.stream().mapToInt(i -> i).max().getAsInt()
                - counts.stream().mapToInt(i -> i).min().getAsInt()).isLessThanOrEqualTo(1));

        // a question goes to the experts who reviewed the scenarios, and only they answer it, in public
        long question = as(first.username(), () -> deliberation.ask(panel.id(), topic, "What if the harvest fails?"));
        assertThatThrownBy(() -> as("clerk1", () -> {
            deliberation.answer(question, "Not mine to say");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        String expert = review.reviewersOf(c.id()).iterator().next();
        as(expert, () -> {
            deliberation.answer(question, "The reserve covers a fifth of a year.");
            return null;
        });
        DeliberationView.Question answered = deliberation.view(panel.id()).questions().get(0);
        assertThat(answered.answer()).isEqualTo("The reserve covers a fifth of a year.");
        assertThat(answered.answeredBy()).isNotBlank();

        // arguments: 500 characters at most, five a day, replies one level deep
        assertThatThrownBy(() -> as(second.username(), () -> deliberation.post(panel.id(), topic, Stance.FOR,
                "x".repeat(501), null))).isInstanceOf(UserFacingException.class);
        long argument = as(second.username(), () -> deliberation.post(panel.id(), topic, Stance.FOR, "It feeds all.", null));
        long reply = as(first.username(), () -> deliberation.post(panel.id(), null, Stance.AGAINST, "Not the north.",
                argument));
        assertThatThrownBy(() -> as(second.username(), () -> deliberation.post(panel.id(), topic, Stance.FOR, "Yes it does.",
                reply))).hasMessageContaining("one level deep");
        for (int i = 0; i < 4; i++) {
            int n = i;
            as(second.username(), () -> deliberation.post(panel.id(), topic, Stance.AGAINST, "Point " + n, null));
        }
        assertThatThrownBy(() -> as(second.username(), () -> deliberation.post(panel.id(), topic, Stance.FOR, "Sixth", null)))
                .isInstanceOf(DeliberationLimitReached.class).hasMessageContaining("5 arguments in the last 24 hours");

        // a clerk hides a post for a published reason; the place and the reason stay for everyone to see
        assertThatThrownBy(() -> as(first.username(), () -> {
            deliberation.hide(argument, HideReason.OFF_TOPIC, "");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        as("clerk1", () -> {
            deliberation.hide(argument, HideReason.PERSONAL_DATA, "It named a neighbour.");
            return null;
        });
        DeliberationView.Post hidden = deliberation.view(panel.id()).posts().stream().filter(p -> p.id() == argument)
                .findFirst().orElseThrow();
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.text()).isEmpty();
        assertThat(hidden.hiddenNote()).isEqualTo("It named a neighbour.");

        // tables talk among themselves and write a summary that members read and the public only after the close
        as(first.username(), () -> {
            deliberation.tablePost(panel.id(), "I worry about the north.");
            deliberation.writeSummary(panel.id(), "We prefer the first scenario, with more reserve.");
            return null;
        });
        DeliberationView publicView = currentUser.runAs("citizen-who-is-nobody", () -> deliberation.view(panel.id()));
        assertThat(publicView.posts()).hasSize(6);
        assertThat(publicView.summaries()).isEmpty();
        assertThat(publicView.tablePosts()).isEmpty();
        assertThat(publicView.reasons()).isEmpty();

        // reasons beside the vote: once each, kept with no link to the juror, public after the close
        as(first.username(), () -> {
            deliberation.giveReasons(panel.id(), List.of(ChangeArea.RESERVES), "More in reserve.");
            return null;
        });
        assertThatThrownBy(() -> as(first.username(), () -> {
            deliberation.giveReasons(panel.id(), List.of(ChangeArea.ECOLOGY), "");
            return null;
        })).hasMessageContaining("already given");
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) ="
                + " 'deliberation_reason'", String.class).stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("panel_id", "order_key", "must_change", "text");

        deliberation.close(panel.id());
        DeliberationView closed = currentUser.runAs("citizen-who-is-nobody", () -> deliberation.view(panel.id()));
        assertThat(closed.summaries()).extracting(DeliberationView.TableSummary::text)
                .containsExactly("We prefer the first scenario, with more reserve.");
        assertThat(closed.reasons()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("More in reserve."));
        assertThatThrownBy(() -> as(first.username(), () -> deliberation.ask(panel.id(), topic, "Late?")))
                .hasMessageContaining("closed");

        MinutesContent.Deliberation section = minutes.section(panel.id(), t -> "Scenario " + t, Locale.ENGLISH);
        assertThat(section.questions()).singleElement().satisfies(q -> {
            assertThat(q.askedBy()).startsWith("a member of table ");
            assertThat(q.answer()).isEqualTo("The reserve covers a fifth of a year.");
        });
        assertThat(section.arguments().get(0)).satisfies(a -> {
            assertThat(a.forPosts()).isEqualTo(1);
            assertThat(a.againstPosts()).isEqualTo(5);
            assertThat(a.againstAuthors()).isEqualTo(2);
        });
        assertThat(section.hidden()).singleElement().satisfies(h -> assertThat(h.reason())
                .isEqualTo("personal data: It named a neighbour."));
        assertThat(minutes.reworkNotes(panel.id())).contains("RESERVES=1").contains("More in reserve.");
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return currentUser.runAs(username, work);
    }
}
