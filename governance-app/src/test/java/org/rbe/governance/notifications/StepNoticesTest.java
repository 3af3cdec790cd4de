package org.rbe.governance.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.proceedings.Deliberation;
import org.rbe.governance.proceedings.HideReason;
import org.rbe.governance.proceedings.Stance;
import org.rbe.governance.simulation.AppealSimulation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps after the invitation reach the people concerned in their notification centre: a juror whose post a clerk
 * hid is told why, every member is told the result when the vote closes, and the appellant is told each step of the
 * appeal, from its admission to the decision.
 */
class StepNoticesTest extends CycleTestSupport {
    private static final double[] FIRST = {1, 0, 0, 0, 0, 0};

    @Autowired
    Notifications notifications;
    @Autowired
    Sortition sortition;
    @Autowired
    Deliberation deliberation;
    @Autowired
    AppealSimulation appeal;
    @Autowired
    Appeals appeals;
    @Autowired
    CitizenRegistry registry;

    @Test
    void aJurorIsToldWhyTheirPostWasHiddenAndEveryMemberTheResult() {
        DecisionCaseView c = openCase("Notices of results");
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        MemberView author = panel.members().get(0);
        currentUser.runAs("admin", () -> sortition.respond(panel.id(), author.citizenId(), true));
        // the invitation says what, until when, and how long it takes
        assertThat(texts(author.username())).anySatisfy(t -> assertThat(t)
                .startsWith("You have been drawn by lot for the jury of case " + c.id() + ".")
                .containsPattern(" vote until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(UTC\\): about 3 hours in all\\."));
        String topic = deliberation.view(panel.id()).topics().get(0);
        long post = currentUser.runAs(author.username(), () -> deliberation.post(panel.id(), topic, Stance.FOR,
                "My neighbour at number 12 agrees.", null));
        currentUser.runAs("clerk1", () -> {
            deliberation.hide(post, HideReason.PERSONAL_DATA, "It named a neighbour.");
            return null;
        });
        assertThat(texts(author.username())).contains("Case " + c.id() + ": a clerk hid your post No. " + post
                + " because it disclosed personal data. The post keeps its place with this reason, readable by all."
                + " Clerk's note: It named a neighbour.");

        people.juryVotes(c.id(), 0.0, 1.0, FIRST, 3L);
        MemberView other = sortition.panel(panel.id()).members().get(7);
        assertThat(texts(other.username())).anySatisfy(t -> assertThat(t).startsWith("Case " + c.id()
                + ": the vote has closed. ").contains(" members voted; option ").contains(" has the majority."));
        assertThat(currentUser.runAs(other.username(), () -> notifications.mine(new Locale("ru"))))
                .anySatisfy(n -> assertThat(n.text()).startsWith("Дело " + c.id() + ": голосование завершено."));
    }

    @Test
    void theAppellantIsToldEveryStepOfTheAppeal(@TempDir Path out) throws Exception {
        appeal.run(out);
        String appellant = registry.byId(4242).orElseThrow().username();
        // the appeal just run is the appellant's newest (other tests may have run one for the same citizen before)
        AppealView decided = currentUser.runAs(appellant, () -> appeals.mine()).stream()
                .max(java.util.Comparator.comparingLong(AppealView::id)).orElseThrow();
        List<NotificationView> mine = currentUser.runAs(appellant, () -> notifications.mine(Locale.ENGLISH)).stream()
                .filter(n -> n.link().equals("appeal/" + decided.id())).toList();
        assertThat(mine).extracting(NotificationView::text).anySatisfy(t -> assertThat(t).startsWith("Filed on "))
                .anySatisfy(t -> assertThat(t).startsWith("Panel 1: 12 citizens drawn"))
                .anySatisfy(t -> assertThat(t).startsWith("The expert ("))
                .anySatisfy(t -> assertThat(t).startsWith("Your appeal No. " + decided.id()
                        + " was decided: the measure is modified to: 10 hours of community work"));
        String member = currentUser.runAs("admin", () -> appeals.panels(decided.id())).get(0).members().get(0).username();
        assertThat(texts(member)).anySatisfy(t -> assertThat(t).startsWith("You have been drawn by lot for the appeal"
                + " panel of case AP-" + decided.id() + ".").contains(" decides together by "));
    }

    private List<String> texts(String username) {
        return currentUser.runAs(username, () -> notifications.mine(Locale.ENGLISH)).stream()
                .map(NotificationView::text).toList();
    }
}
