package org.rbe.governance.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.ConstitutionalReviews;
import org.rbe.governance.constitution.InitiativeView;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The people of a constitutional review played by the system, each under their own login through the public
 * services: initiators and supporters, the assembly, the clerk, the experts, the ethics council. The vote deadline
 * is passed by firing the review's own timer, as the job executor would. Refused unless the demo is enabled.
 */
@Service
public class SimulatedReviews {
    private final SimulatedBeacon beacon;
    private final CurrentUser currentUser;
    private final ConstitutionalReviews reviews;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final TaskInbox inbox;
    private final CitizenRegistry registry;
    private final Roster roster;
    private final ManagementService management;
    private final boolean enabled;

    SimulatedReviews(CurrentUser currentUser, ConstitutionalReviews reviews, Sortition sortition, BallotBox ballots,
                     TaskInbox inbox, CitizenRegistry registry, Roster roster, ManagementService management,
                     SimulatedBeacon beacon, @Value("${governance.demo.enabled:true}") boolean enabled) {
        this.beacon = beacon;
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.sortition = sortition;
        this.ballots = ballots;
        this.inbox = inbox;
        this.registry = registry;
        this.roster = roster;
        this.management = management;
        this.enabled = enabled;
    }

    /** The daily check runs on {@code today}: the ordinary review opens if it is due. */
    public Optional<ReviewView> dueDateCheck(LocalDate today) {
        requireEnabled();
        return reviews.openIfDue(today).map(this::drawn);
    }

    /** The simulated clerk enters the public value of the review's draw now announced, if any; the review then. */
    private ReviewView drawn(ReviewView review) {
        beacon.enterPublicValues(CaseNumbers.review(review.id()));
        return reviews.get(review.id());
    }

    /** Citizen {@code initiatorId} starts an initiative and {@code supporters - 1} other citizens support it. */
    public InitiativeView initiative(long initiatorId, String title, String proposal, int supporters) {
        requireEnabled();
        InitiativeView started = currentUser.runAs(username(initiatorId), () -> reviews.startInitiative(title, proposal));
        long next = initiatorId;
        for (int i = 1; i < supporters; i++) {
            next = next % registry.count() + 1;
            String supporter = username(next);
            currentUser.runAs(supporter, () -> reviews.support(started.id()));
        }
        return currentUser.runAs(username(initiatorId), () -> reviews.initiatives()).stream()
                .filter(i -> i.id() == started.id()).findFirst().orElseThrow();
    }

    /** The initiator submits their initiative. */
    public ReviewView submit(long initiatorId, long initiativeId) {
        requireEnabled();
        return drawn(currentUser.runAs(username(initiatorId), () -> reviews.submitInitiative(initiativeId)));
    }

    public ReviewView review(long reviewId) {
        return reviews.get(reviewId);
    }

    /** The drawn assembly answers: a seeded share declines (and is replaced), the others accept. */
    public int answerAssemblyInvitations(long reviewId, double declineShare, long seed) {
        requireEnabled();
        Random random = new Random(seed);
        long panelId = panelOf(reviewId);
        int declined = 0;
        String admin = member(Role.ADMIN);
        for (boolean anyInvited = true; anyInvited; ) {
            anyInvited = false;
            for (MemberView m : sortition.panel(panelId).members()) {
                if ("INVITED".equals(m.status())) {
                    anyInvited = true;
                    boolean accept = random.nextDouble() >= declineShare;
                    declined += accept ? 0 : 1;
                    currentUser.runAs(admin, () -> sortition.respond(panelId, m.citizenId(), accept));
                }
            }
        }
        return declined;
    }

    /** Only the first {@code count} members drawn answer, and accept; the others have not answered yet. */
    public void acceptFirst(long reviewId, int count) {
        requireEnabled();
        long panelId = panelOf(reviewId);
        String admin = member(Role.ADMIN);
        sortition.panel(panelId).members().stream().filter(m -> "INVITED".equals(m.status())).limit(count)
                .forEach(m -> currentUser.runAs(admin, () -> sortition.respond(panelId, m.citizenId(), true)));
    }

    /** The {@code nth} member of the assembly who accepted proposes an amendment. */
    public AmendmentView propose(long reviewId, int nth, Parameter parameter, BigDecimal value, LocalDate effectiveFrom,
                                 String rationale) {
        requireEnabled();
        MemberView member = sortition.panel(panelOf(reviewId)).members().stream()
                .filter(m -> "ACCEPTED".equals(m.status())).skip(nth).findFirst()
                .orElseThrow(() -> new IllegalStateException("Review " + reviewId + " has too few accepted members"));
        return currentUser.runAs(member.username(), () -> reviews.propose(reviewId, parameter, value, effectiveFrom, rationale));
    }

    /** A clerk closes the list of proposals. */
    public void closeProposals(long reviewId, String note) {
        TaskItem task = single(reviewId, "Task_CloseProposals");
        complete(task.assignee() != null ? task.assignee() : member(Role.CLERK), task,
                Map.of("proposalsNote", note, "proposalsComplete", true));
        drawn(reviews.get(reviewId));
    }

    /** Every expert drawn gives the same opinion. */
    public int expertReviews(long reviewId, String decision, String notes) {
        List<TaskItem> tasks = tasks(reviewId, "Task_AmendmentReview");
        tasks.forEach(t -> complete(t.assignee(), t, Map.of("reviewDecision", decision, "reviewNotes", notes)));
        return tasks.size();
    }

    /** An ethics council member vetoes an amendment. */
    public void veto(long reviewId, long amendmentId, String reason) {
        requireEnabled();
        currentUser.runAs(member(Role.ETHICS), () -> reviews.veto(reviewId, amendmentId, reason));
    }

    /** An ethics council member closes the check. */
    public void closeEthics(long reviewId, String conclusion) {
        TaskItem task = single(reviewId, "Task_AmendmentEthics");
        complete(task.assignee() != null ? task.assignee() : member(Role.ETHICS), task,
                Map.of("ethicsConclusion", conclusion, "ethicsConsideredAll", true));
    }

    /**
     * A share of the assembly members who accepted votes on every amendment put to the vote; {@code forShare} per
     * amendment id is the chance of a "for", and {@code abstainShare} of an abstention. Returns the ballots cast.
     */
    public BallotReceipt assemblyVotes(long reviewId, Map<Long, Double> forShare, double abstainShare, double turnout, long seed) {
        requireEnabled();
        Random random = new Random(seed);
        List<MemberView> accepted = new ArrayList<>(sortition.panel(panelOf(reviewId)).members().stream()
                .filter(m -> "ACCEPTED".equals(m.status())).toList());
        Collections.shuffle(accepted, random);
        List<MemberView> voters = accepted.subList(0, (int) Math.round(accepted.size() * turnout));
        String admin = member(Role.ADMIN);
        BallotReceipt kept = null;
        for (AmendmentView a : reviews.amendments(reviewId)) {
            if (a.voteId() == null) {
                continue;
            }
            double yes = forShare.getOrDefault(a.id(), 0.5);
            for (MemberView m : voters) {
                double r = random.nextDouble();
                String option = r < abstainShare ? BallotBox.REWORK : r < abstainShare + (1 - abstainShare) * yes
                        ? AmendmentView.FOR : AmendmentView.AGAINST;
                BallotReceipt receipt = currentUser.runAs(admin, () -> ballots.castFor(a.voteId(), m.citizenId(), option));
                kept = kept == null ? receipt : kept;
            }
        }
        return kept;
    }

    /** The assembly's vote deadline passes: fires the review's timer as the job executor would. */
    public void voteDeadlinePasses(long reviewId) {
        requireEnabled();
        Job job = management.createJobQuery().processInstanceId(reviews.get(reviewId).processInstanceId())
                .activityId("Event_AssemblyDeadline").timers().singleResult();
        if (job == null) {
            throw new IllegalStateException("Review " + reviewId + " is not waiting for its vote deadline");
        }
        management.executeJob(job.getId());
    }

    private long panelOf(long reviewId) {
        Long panel = reviews.get(reviewId).assemblyPanelId();
        if (panel == null) {
            throw new IllegalStateException("Review " + reviewId + " has no assembly yet");
        }
        return panel;
    }

    private TaskItem single(long reviewId, String definitionKey) {
        return tasks(reviewId, definitionKey).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Review " + reviewId + " has no open " + definitionKey
                        + "; it is at " + reviews.get(reviewId).stage()));
    }

    private List<TaskItem> tasks(long reviewId, String definitionKey) {
        requireEnabled();
        return inbox.openTasksOfCase(reviews.get(reviewId).caseNumber()).stream()
                .filter(t -> definitionKey.equals(t.definitionKey())).toList();
    }

    private void complete(String username, TaskItem task, Map<String, Object> values) {
        currentUser.runAs(username, () -> {
            inbox.complete(task.id(), values);
            return null;
        });
    }

    private String member(Role role) {
        return roster.members(role).stream().map(Actor::username).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody holds the role " + role));
    }

    private String username(long citizenId) {
        return registry.byId(citizenId).map(CitizenProfile::username)
                .orElseThrow(() -> new UserFacingException("appeals.error.unknownCitizen", citizenId));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new UserFacingException("error.simulation.disabled");
        }
    }
}
