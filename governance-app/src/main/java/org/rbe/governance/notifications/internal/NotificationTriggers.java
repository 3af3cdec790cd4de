package org.rbe.governance.notifications.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.DrawPurposes;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelDrawn;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.appeals.AppealStepNoticed;
import org.rbe.governance.appeals.Appeals;
import org.rbe.governance.proceedings.PostHidden;
import org.rbe.governance.proceedings.QuestionAnswered;
import org.rbe.governance.proceedings.QuestionAsked;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteClosed;
import org.rbe.governance.voting.VoteInfo;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what the modules announce into notices for the people concerned: an invitation for everyone drawn (and each
 * replacement), the opening of the deliberation and the vote with its deadline for the members, a question for the
 * experts who answer it, and the answer for the member who asked; the result when a vote closes, a hidden post's
 * reason for its author, and every step of an appeal for the appellant.
 */
@Component
class NotificationTriggers {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final Notifier notifier;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final CitizenRegistry registry;
    private final Appeals appeals;

    NotificationTriggers(Notifier notifier, Sortition sortition, BallotBox ballots, CitizenRegistry registry,
                         Appeals appeals) {
        this.appeals = appeals;
        this.notifier = notifier;
        this.sortition = sortition;
        this.ballots = ballots;
        this.registry = registry;
    }

    /** At the commit of the draw, when the body's vote (or an appeal panel's deadline) is set and can be stated. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PanelDrawn drawn) {
        PanelView panel = sortition.panel(drawn.panelId());
        invite(panel, panel.members().stream().map(MemberView::username).toList());
    }

    @EventListener
    void on(JurorReplaced replaced) {
        PanelView panel = sortition.panel(replaced.panelId());
        registry.byId(replaced.replacementCitizenId()).map(CitizenProfile::username)
                .ifPresent(u -> invite(panel, List.of(u)));
    }

    /** After the invitations of a body drawn in the same transaction (events' order), so these come first. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(VoteOpened opened) {
        VoteInfo vote = ballots.info(opened.voteId());
        PanelView panel = sortition.panel(vote.panelId());
        List<String> members = panel.members().stream().filter(m -> !"DECLINED".equals(m.status()))
                .map(MemberView::username).toList();
        notifier.tell(members, "notifications.voteOpened", List.of(label(panel.caseId()),
                TIME.format(vote.deadline())), DrawPurposes.route(panel.purpose()), true);
    }

    @EventListener
    void on(QuestionAsked asked) {
        notifier.tell(asked.experts(), "notifications.questionAsked", List.of(label(asked.caseNumber()),
                String.valueOf(asked.table()), TIME.format(asked.dueAt())), "deliberation/" + asked.panelId(), true);
    }

    @EventListener
    void on(QuestionAnswered answered) {
        registry.byId(answered.askedBy()).map(CitizenProfile::username).ifPresent(u -> notifier.tell(List.of(u),
                "notifications.answered", List.of(label(answered.caseNumber()), answered.expert()),
                "deliberation/" + answered.panelId(), true));
    }

    @EventListener
    void on(VoteClosed closed) {
        VoteInfo vote = ballots.info(closed.voteId());
        VoteResult result = ballots.result(closed.voteId());
        PanelView panel = sortition.panel(vote.panelId());
        List<String> members = panel.members().stream().filter(m -> !"DECLINED".equals(m.status()))
                .map(MemberView::username).toList();
        String winner = result.winningOption() == null ? "" : result.winningOption();
        notifier.tell(members, "notifications.voteClosed." + closed.outcome(), List.of(label(panel.caseId()),
                String.valueOf(result.ballots()), String.valueOf(result.eligible()), winner),
                DrawPurposes.route(panel.purpose()), false);
    }

    @EventListener
    void on(PostHidden hidden) {
        registry.byId(hidden.authorCitizenId()).map(CitizenProfile::username).ifPresent(u -> notifier.tell(List.of(u),
                "notifications.postHidden." + hidden.reason().name(), List.of(label(hidden.caseNumber()),
                        String.valueOf(hidden.postId()), hidden.note()), "deliberation/" + hidden.panelId(), true));
    }

    @EventListener
    void on(AppealStepNoticed step) {
        registry.byId(step.appellantId()).map(CitizenProfile::username).ifPresent(u -> notifier.tell(List.of(u),
                step.key(), step.arguments(), "appeal/" + step.appealId(), step.urgent()));
    }

    private void invite(PanelView panel, List<String> usernames) {
        Optional<Instant> until = ballots.openVotes(panel.id()).stream().map(v -> ballots.info(v).deadline())
                .max(Comparator.naturalOrder()).or(() -> appeals.decisionDeadlineOfPanel(panel.id()));
        String key = "notifications.invited." + DrawPurposes.kind(panel.purpose())
                + (until.isPresent() ? ".until" : "");
        notifier.tell(usernames, key, List.of(label(panel.caseId()), until.map(TIME::format).orElse("")),
                DrawPurposes.route(panel.purpose()), true);
    }

    /** A case as people read it: a decision case by its number, the others by their label (AP-3, OV-1...). */
    private static String label(long caseNumber) {
        return CaseNumbers.isDecisionCase(caseNumber) ? String.valueOf(caseNumber) : CaseNumbers.label(caseNumber);
    }

}
