package org.rbe.governance.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.ConflictOfInterestException;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.simulation.SimulatedAppeals;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input, out-of-turn actions and conflicts of interest get a clear refusal, and nothing is stored or advanced. */
class AppealGuardsTest extends CycleTestSupport {
    private static final AtomicLong APPELLANTS = new AtomicLong(8000);
    @Autowired
    SimulatedAppeals simulated;
    @Autowired
    Sanctions sanctions;
    @Autowired
    Appeals appeals;
    @Autowired
    CaseRoles roles;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    Sortition sortition;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAdministratorsRecordSanctionsAndOnlyWithWhatASanctionNeeds() {
        int before = count("SELECT COUNT(*) FROM sanction");
        long citizen = APPELLANTS.addAndGet(41);
        NewSanction good = new NewSanction(citizen, "R-1.1", "Overuse of quota", 1, "Cut by 50% for 30 days", false,
                "Meter log", clock.today());
        assertThatThrownBy(() -> currentUser.runAs("citizen00500", () -> sanctions.impose(good)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs("tech01", () -> sanctions.impose(good)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAdmin(new NewSanction(citizen, "R-1.1", "Overuse", 4, "Cut", false, "Log", clock.today())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.badLevel"));
        assertThatThrownBy(() -> asAdmin(new NewSanction(citizen, "R-1.1", "Overuse", 1, "Cut", false, " ", clock.today())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.evidenceRequired"));
        assertThatThrownBy(() -> asAdmin(new NewSanction(citizen, "R-1.1", "Overuse", 1, "Cut", false, "Log", clock.today().plusDays(1))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.badDate"));
        assertThatThrownBy(() -> asAdmin(new NewSanction(99_999, "R-1.1", "Overuse", 1, "Cut", false, "Log", clock.today())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.unknownCitizen"));
        assertThat(count("SELECT COUNT(*) FROM sanction")).isEqualTo(before);
        assertThat(asAdmin(good).appealDeadline()).isEqualTo(clock.today().plusDays(30));
    }

    @Test
    void onlyTheSanctionedCitizenAppealsOnceWithAStatement() {
        SanctionView sanction = simulated.impose(APPELLANTS.addAndGet(41), 1, "Cut by 50% for 30 days", false, clock.today());
        String owner = registry.byId(sanction.citizenId()).orElseThrow().username();
        assertThatThrownBy(() -> currentUser.runAs("citizen00500", () -> appeals.file(sanction.id(), "Not mine", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs("citizen00500", () -> sanctions.get(sanction.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs(owner, () -> appeals.file(sanction.id(), "  ", List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.statementRequired"));
        assertThatThrownBy(() -> currentUser.runAs(owner, () -> appeals.file(sanction.id(), "With an empty file",
                List.of(new Attachment("empty.txt", new byte[0])))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.badAttachments"));
        assertThat(count("SELECT COUNT(*) FROM appeal WHERE sanction_id = " + sanction.id())).isZero();
        AppealView appeal = currentUser.runAs(owner, () -> appeals.file(sanction.id(), "The meter was wrong.",
                List.of(new Attachment("meter.txt", "reading 12".getBytes()))));
        assertThat(currentUser.runAs(owner, () -> appeals.attachments(appeal.id()))).hasSize(1);
        assertThatThrownBy(() -> currentUser.runAs(owner, () -> appeals.file(sanction.id(), "Again", List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.alreadyPending"));
        assertThat(count("SELECT COUNT(*) FROM appeal WHERE sanction_id = " + sanction.id())).isEqualTo(1);
    }

    @Test
    void onlyThePeopleOfTheHearingReadAndWriteAndOnlyBeforeTheHearingDate() {
        SanctionView sanction = simulated.impose(APPELLANTS.addAndGet(41), 1, "Cut by 50% for 30 days", false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "Please hear me.");
        AppealPanelView panel = simulated.panel(appeal.id());
        MemberView invited = panel.members().get(0);
        String appellant = registry.byId(appeal.appellantId()).orElseThrow().username();
        String outsider = "citizen09999";
        assertThatThrownBy(() -> currentUser.runAs(outsider, () -> appeals.get(appeal.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs(outsider, () -> appeals.post(appeal.id(), "Hello")))
                .isInstanceOf(AccessDeniedException.class);
        // Drawn but not yet accepted: may read the case, may not speak at the hearing.
        assertThat(currentUser.runAs(invited.username(), () -> appeals.get(appeal.id())).id()).isEqualTo(appeal.id());
        assertThatThrownBy(() -> currentUser.runAs(invited.username(), () -> appeals.post(appeal.id(), "Hello")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.runAs(appellant, () -> {
            appeals.proposeMeasure(appeal.id(), "Nothing at all");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        currentUser.runAs(panel.expert(), () -> {
            appeals.proposeMeasure(appeal.id(), "10 hours of community work");
            return null;
        });
        simulated.answerInvitations(appeal.id(), 0.0, 1L);
        simulated.hearingDateArrives(appeal.id());
        assertThatThrownBy(() -> currentUser.runAs(appellant, () -> appeals.post(appeal.id(), "Too late?")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.hearingClosed"));
        assertThat(currentUser.runAs("admin", () -> appeals.messages(appeal.id()))).isEmpty();
    }

    @Test
    void noOneHoldsTwoRolesInTheSameAppeal() {
        SanctionView sanction = simulated.impose(APPELLANTS.addAndGet(41), 1, "Cut by 50% for 30 days", false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "Conflicts.");
        AppealPanelView panel = simulated.panel(appeal.id());
        assertThatThrownBy(() -> roles.assign(appeal.caseNumber(), "PANELIST", appeal.appellantId()))
                .isInstanceOf(ConflictOfInterestException.class).hasMessageContaining("APPELLANT");
        long expert = registry.byUsername(panel.expert()).orElseThrow().id();
        assertThatThrownBy(() -> roles.assign(appeal.caseNumber(), "PANELIST", expert))
                .isInstanceOf(ConflictOfInterestException.class).hasMessageContaining("EXPERT");
        assertThat(roles.holders(appeal.caseNumber())).hasSize(12 + 3)
                .containsEntry(appeal.appellantId(), "APPELLANT").containsEntry(expert, "EXPERT");
        // A replacement for a decliner takes the panelist's role too.
        MemberView decliner = panel.members().get(0);
        currentUser.runAs("admin", () -> sortition.respond(panel.juryPanelId(), decliner.citizenId(), false));
        assertThat(roles.holders(appeal.caseNumber())).hasSize(12 + 3 + 1);
    }

    @Test
    void expertAdviceToModifyWithoutTheNewMeasureIsRefusedAndTheTaskStays() {
        SanctionView sanction = simulated.impose(APPELLANTS.addAndGet(41), 1, "Cut by 50% for 30 days", false, clock.today());
        AppealView appeal = simulated.file(sanction.id(), "Advice test.");
        TaskItem task = inbox.openTasksOfCase(appeal.caseNumber()).get(0);
        assertThatThrownBy(() -> currentUser.runAs(task.assignee(), () -> {
            inbox.complete(task.id(), Map.of("advice", "MODIFY", "adviceReasons", "A lighter measure fits."));
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("appeals.error.measureRequired"));
        assertThatThrownBy(() -> currentUser.runAs("tech20".equals(task.assignee()) ? "tech19" : "tech20", () -> {
            inbox.complete(task.id(), Map.of("advice", "LIFT", "adviceReasons", "Not my appeal to advise on."));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(inbox.openTasksOfCase(appeal.caseNumber())).extracting(TaskItem::id).containsExactly(task.id());
    }

    private SanctionView asAdmin(NewSanction s) {
        return currentUser.runAs("admin", () -> sanctions.impose(s));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
