package org.rbe.governance.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.rbe.governance.appeals.AppealPanelView;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.appeals.Sanctions;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The people of an appeal played by the system, each under their own login through the public services: the
 * administrator who records a sanction, the appellant, the expert, the panelists. Time is moved on by firing the
 * appeal's own timers, as the job executor would at the hearing date or the deadline. Refused unless the demo is on.
 */
@Service
public class SimulatedAppeals {
    private final SimulatedBeacon beacon;
    private final CurrentUser currentUser;
    private final Sanctions sanctions;
    private final Appeals appeals;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final TaskInbox inbox;
    private final CitizenRegistry registry;
    private final Roster roster;
    private final ManagementService management;
    private final boolean enabled;

    SimulatedAppeals(CurrentUser currentUser, Sanctions sanctions, Appeals appeals, Sortition sortition,
                     BallotBox ballots, TaskInbox inbox, CitizenRegistry registry, Roster roster,
                     ManagementService management, SimulatedBeacon beacon,
                     @Value("${governance.demo.enabled:true}") boolean enabled) {
        this.beacon = beacon;
        this.currentUser = currentUser;
        this.sanctions = sanctions;
        this.appeals = appeals;
        this.sortition = sortition;
        this.ballots = ballots;
        this.inbox = inbox;
        this.registry = registry;
        this.roster = roster;
        this.management = management;
        this.enabled = enabled;
    }

    /** The administrator records a sanction against {@code citizenId}, imposed on {@code imposedOn}. */
    public SanctionView impose(long citizenId, int level, String measure, boolean isolation, LocalDate imposedOn) {
        requireEnabled();
        return currentUser.runAs(admin(), () -> sanctions.impose(new NewSanction(citizenId, "R-" + level + ".1",
                "Overuse of a basic-distribution quota (simulated)", level, measure, isolation,
                "Meter readings show twice the daily norm taken on three days (simulated evidence).", imposedOn)));
    }

    /** The sanctioned citizen appeals with {@code statement}; the simulated clerk enters the panel draw's public value. */
    public AppealView file(long sanctionId, String statement) {
        requireEnabled();
        long citizenId = currentUser.runAs(admin(), () -> sanctions.get(sanctionId)).citizenId();
        AppealView filed = currentUser.runAs(username(citizenId), () -> appeals.file(sanctionId, statement, List.of()));
        beacon.enterPublicValues(filed.caseNumber());
        return appeal(filed.id());
    }

    /** The appeal as an administrator sees it. */
    public AppealView appeal(long appealId) {
        return currentUser.runAs(admin(), () -> appeals.get(appealId));
    }

    public AppealPanelView panel(long appealId) {
        return currentUser.runAs(admin(), () -> appeals.currentPanel(appealId))
                .orElseThrow(() -> new UserFacingException("appeals.error.noPanel", appealId));
    }

    /** The drawn panelists answer: a seeded share declines (and is replaced), the others accept. */
    public int answerInvitations(long appealId, double declineShare, long seed) {
        requireEnabled();
        Random random = new Random(seed);
        long panelId = panel(appealId).juryPanelId();
        int declined = 0;
        for (boolean anyInvited = true; anyInvited; ) {
            anyInvited = false;
            for (MemberView m : sortition.panel(panelId).members()) {
                if ("INVITED".equals(m.status())) {
                    anyInvited = true;
                    boolean accept = random.nextDouble() >= declineShare;
                    declined += accept ? 0 : 1;
                    currentUser.runAs(admin(), () -> sortition.respond(panelId, m.citizenId(), accept));
                }
            }
        }
        return declined;
    }

    /** Before the hearing, the appellant writes to the panel and one panelist answers. */
    public void exchangeMessages(long appealId, String fromAppellant, String fromPanelist) {
        requireEnabled();
        AppealView appeal = appeal(appealId);
        currentUser.runAs(username(appeal.appellantId()), () -> appeals.post(appealId, fromAppellant));
        panel(appealId).members().stream().filter(m -> "ACCEPTED".equals(m.status())).findFirst()
                .ifPresent(m -> currentUser.runAs(m.username(), () -> appeals.post(appealId, fromPanelist)));
    }

    /** The expert drawn for the appeal completes their advice task. */
    public void advise(long appealId, String advice, String reasons, String proposedMeasure) {
        requireEnabled();
        TaskItem task = inbox.openTasksOfCase(appeal(appealId).caseNumber()).stream()
                .filter(t -> "Task_ExpertAdvice".equals(t.definitionKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Appeal " + appealId + " has no open advice task"));
        currentUser.runAs(task.assignee(), () -> {
            inbox.complete(task.id(), Map.of("advice", advice, "adviceReasons", reasons,
                    "proposedMeasure", proposedMeasure == null ? "" : proposedMeasure));
            return null;
        });
    }

    /** The hearing date comes: fires the appeal's hearing timer as the job executor would. */
    public void hearingDateArrives(long appealId) {
        fireTimer(appealId, "Event_HearingDate", "Event_HearingWithoutAdvice");
    }

    /** The deadline to decide passes: fires the appeal's deadline timer as the job executor would. */
    public void decisionDeadlinePasses(long appealId) {
        fireTimer(appealId, "Event_DecisionDeadline");
    }

    /**
     * Accepted panelists vote: {@code votes} says how many choose each option (UPHOLD, MODIFY, LIFT or REWORK to
     * abstain), in a seeded random order among them. Returns how many voted.
     */
    public BallotReceipt panelVotes(long appealId, Map<String, Integer> votes, long seed) {
        requireEnabled();
        AppealPanelView panel = panel(appealId);
        List<MemberView> accepted = new ArrayList<>(sortition.panel(panel.juryPanelId()).members().stream()
                .filter(m -> "ACCEPTED".equals(m.status())).toList());
        Collections.shuffle(accepted, new Random(seed));
        List<String> ballotsToCast = new ArrayList<>();
        votes.forEach((option, count) -> ballotsToCast.addAll(Collections.nCopies(count, option)));
        if (ballotsToCast.size() > accepted.size()) {
            throw new IllegalArgumentException(ballotsToCast.size() + " votes for " + accepted.size() + " accepted panelists");
        }
        Collections.shuffle(ballotsToCast, new Random(seed + 1));
        BallotReceipt kept = null;
        for (int i = 0; i < ballotsToCast.size(); i++) {
            MemberView member = accepted.get(i);
            String option = ballotsToCast.get(i);
            BallotReceipt receipt = currentUser.runAs(admin(), () -> ballots.castFor(panel.voteId(), member.citizenId(), option));
            kept = kept == null ? receipt : kept;
        }
        return kept;
    }

    private void fireTimer(long appealId, String... activityIds) {
        requireEnabled();
        String instance = appeal(appealId).processInstanceId();
        for (String activity : activityIds) {
            Job job = management.createJobQuery().processInstanceId(instance).activityId(activity).timers().singleResult();
            if (job != null) {
                management.executeJob(job.getId());
                return;
            }
        }
        throw new IllegalStateException("Appeal " + appealId + " is not waiting at " + String.join(" or ", activityIds));
    }

    private String username(long citizenId) {
        return registry.byId(citizenId).map(CitizenProfile::username)
                .orElseThrow(() -> new UserFacingException("appeals.error.unknownCitizen", citizenId));
    }

    private String admin() {
        return roster.members(Role.ADMIN).get(0).username();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new UserFacingException("error.simulation.disabled");
        }
    }
}
