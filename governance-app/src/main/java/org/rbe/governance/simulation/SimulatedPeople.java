package org.rbe.governance.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.DecisionRoles;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.security.Actor;
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
 * People played by the system, each acting under their own login through the public services, so every check
 * a real person meets applies to them too. Refused unless the demo is enabled.
 */
@Service
public class SimulatedPeople {
    private final CurrentUser currentUser;
    private final TaskInbox inbox;
    private final DecisionCases cases;
    private final ExpertReview review;
    private final EthicsCouncil ethics;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final Roster roster;
    private final CaseRoles roles;
    private final SimulatedBeacon beacon;
    private final SimulatedDeliberation deliberation;
    private final boolean enabled;

    SimulatedPeople(CurrentUser currentUser, TaskInbox inbox, DecisionCases cases, ExpertReview review,
                    EthicsCouncil ethics, Sortition sortition, BallotBox ballots, Roster roster, CaseRoles roles,
                    SimulatedBeacon beacon, SimulatedDeliberation deliberation, @Value("${governance.demo.enabled:true}") boolean enabled) {
        this.beacon = beacon;
        this.deliberation = deliberation;
        this.roles = roles;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.cases = cases;
        this.review = review;
        this.ethics = ethics;
        this.sortition = sortition;
        this.ballots = ballots;
        this.roster = roster;
        this.enabled = enabled;
    }

    /**
     * Every expert drawn for the case's open review completes it with {@code decision} and {@code notes}; when that
     * announces a new draw (the reviewers of the next round), the simulated clerk enters its public value.
     */
    public int reviewRound(long caseId, String decision, String notes) {
        List<TaskItem> tasks = openTasks(caseId, "Task_ExpertReview");
        tasks.forEach(t -> as(t.assignee(), () -> inbox.complete(t.id(),
                Map.of("reviewDecision", decision, "reviewNotes", notes == null ? "" : notes))));
        beacon.enterPublicValues(caseId);
        return tasks.size();
    }

    /** An ethics member with no other role in the case vetoes scenario {@code scenarioId}. */
    public void veto(long caseId, long scenarioId, String reason) {
        as(ethicsMember(caseId), () -> ethics.veto(caseId, scenarioId, reason));
    }

    /**
     * An ethics member closes the ethics check with a conclusion; the draw this announces (the jury's, or the next
     * round's reviewers when every scenario was vetoed) takes its public value from the simulated clerk.
     */
    public void closeEthicsCheck(long caseId, String conclusion) {
        TaskItem task = single(caseId, "Task_EthicsCheck");
        as(holder(task, () -> ethicsMember(caseId)), () -> inbox.complete(task.id(),
                Map.of("ethicsConclusion", conclusion, "ethicsConsideredAll", true)));
        beacon.enterPublicValues(caseId);
    }

    /**
     * The drawn jurors answer their invitations (a share declines and is replaced), deliberate (see
     * {@link SimulatedDeliberation}), and a share of those who accepted votes; {@code weights} gives the relative pull of each option in ballot order (the surviving
     * scenarios, then "return for rework"). Seeded, so a run can be repeated.
     */
    public JuryTurnout juryVotes(long caseId, double declineShare, double turnoutShare, double[] weights, long seed) {
        requireEnabled();
        Random random = new Random(seed);
        PanelView panel = sortition.currentPanel(caseId).orElseThrow(() -> new UserFacingException("error.cycle.noJury", caseId));
        long voteId = ballots.currentVote(caseId).orElseThrow(() -> new UserFacingException("error.cycle.noVote", caseId));
        int declined = 0;
        String admin = roster.members(Role.ADMIN).get(0).username();
        for (boolean anyInvited = true; anyInvited; ) {
            anyInvited = false;
            for (MemberView m : sortition.panel(panel.id()).members()) {
                if ("INVITED".equals(m.status())) {
                    anyInvited = true;
                    boolean accept = random.nextDouble() >= declineShare;
                    declined += accept ? 0 : 1;
                    as(admin, () -> sortition.respond(panel.id(), m.citizenId(), accept));
                }
            }
        }
        deliberation.deliberate(panel.id(), random);
        List<String> options = ballots.options(voteId);
        List<MemberView> accepted = new ArrayList<>(sortition.panel(panel.id()).members().stream()
                .filter(m -> "ACCEPTED".equals(m.status())).toList());
        Collections.shuffle(accepted, random);
        int voters = 0;
        BallotReceipt kept = null;
        for (MemberView m : accepted.subList(0, (int) Math.round(accepted.size() * turnoutShare))) {
            // People who already voted themselves (in the demo, by hand) are left alone.
            if (!currentUser.runAs(m.username(), () -> ballots.hasVoted(voteId))) {
                String option = pick(options, weights, random);
                BallotReceipt receipt = currentUser.runAs(admin, () -> ballots.castFor(voteId, m.citizenId(), option));
                kept = kept == null ? receipt : kept;
                voters++;
            }
        }
        return new JuryTurnout(accepted.size(), declined, voters, kept);
    }

    /** A clerk checks and publishes the decision. */
    public void publish(long caseId, String summary) {
        TaskItem task = single(caseId, "Task_PublishDecision");
        as(holder(task, () -> member(caseId, Role.CLERK, DecisionRoles.CLERK, Set.of())), () -> inbox.complete(task.id(),
                Map.of("publicationSummary", summary, "tallyChecked", true)));
    }

    /** The analyst records what was measured after execution. */
    public void recordFeedback(long caseId, String observed, String met) {
        TaskItem task = single(caseId, "Task_RecordFeedback");
        as(holder(task, () -> member(caseId, Role.ANALYST, DecisionRoles.ANALYST, Set.of())), () -> inbox.complete(task.id(),
                Map.of("observedOutcome", observed, "outcomeMet", met)));
    }

    /** The options of the case's current ballot, in ballot order. */
    public List<String> options(long caseId) {
        return ballots.options(ballots.currentVote(caseId)
                .orElseThrow(() -> new UserFacingException("error.cycle.noVote", caseId)));
    }

    private static String pick(List<String> options, double[] weights, Random random) {
        double total = 0;
        for (int i = 0; i < options.size(); i++) {
            total += i < weights.length ? weights[i] : 0;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < options.size(); i++) {
            r -= i < weights.length ? weights[i] : 0;
            if (r < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    private String ethicsMember(long caseId) {
        return member(caseId, Role.ETHICS, DecisionRoles.ETHICS, review.reviewersOf(caseId));
    }

    /** The first holder of {@code role} who holds no other role than {@code caseRole} in the case. */
    private String member(long caseId, Role role, String caseRole, Set<String> excluded) {
        Set<Long> involved = roles.involvedOtherThan(caseId, caseRole);
        return roster.members(role).stream().filter(a -> a.citizenId() == null || !involved.contains(a.citizenId()))
                .map(Actor::username).filter(u -> !excluded.contains(u)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody holds the role " + role + " without another role in case "
                        + caseId));
    }

    private TaskItem single(long caseId, String definitionKey) {
        List<TaskItem> tasks = openTasks(caseId, definitionKey);
        if (tasks.isEmpty()) {
            throw new IllegalStateException("Case " + caseId + " has no open " + definitionKey + "; it is at "
                    + cases.get(caseId).stage());
        }
        return tasks.get(0);
    }

    private List<TaskItem> openTasks(long caseId, String definitionKey) {
        requireEnabled();
        return inbox.openTasksOfCase(caseId).stream().filter(t -> definitionKey.equals(t.definitionKey())).toList();
    }

    /** Who completes a group's task: whoever it was given to at a deadline, else {@code member}. */
    private static String holder(TaskItem task, java.util.function.Supplier<String> member) {
        return task.assignee() != null ? task.assignee() : member.get();
    }

    private void as(String username, Runnable action) {
        currentUser.runAs(username, () -> {
            action.run();
            return null;
        });
    }

    /** Whether the demo is on ({@code governance.demo.enabled}); without it nothing here runs and no screen offers it. */
    public boolean enabled() {
        return enabled;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new UserFacingException("error.simulation.disabled");
        }
    }
}
