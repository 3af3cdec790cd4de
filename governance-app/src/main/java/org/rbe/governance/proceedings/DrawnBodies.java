package org.rbe.governance.proceedings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.Clock;
import java.time.Instant;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.jury.AnnouncedPanelDraws;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.minutes.MinutesContent;
import org.rbe.governance.minutes.MinutesPublisher;
import org.rbe.governance.minutes.SignedMinutes;
import org.rbe.governance.proceedings.internal.BodyStore;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.VoteRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle every body drawn by lot shares, whatever its process: the decision jury, an appeal panel, the
 * constitutional and civic assemblies and the civic-oversight trio. Its process configures each step (how many seats,
 * who is excluded, which options, which experts answer) and adds its own steps around them; the body's stage is
 * recorded and ledgered at each one:
 * draw ({@link #announce}, {@link #draw}) → deliberate ({@link #deliberate}) → vote ({@link #openVote},
 * {@link #closeVote}) → minutes ({@link #signMinutes}) → publish ({@link #publish}).
 * Invitations, replacements (from the draw's seed) and notices follow from the events of these steps.
 */
@Service
@Transactional
public class DrawnBodies {
    /** The message each body's process waits for once every member has voted on every open question of the body. */
    public static final String VOTED = "BodyVoted";
    /** The process variable holding the body's panel, by which {@link #VOTED} finds the waiting process. */
    public static final String PANEL = "panelId";
    /** Office holders take no seat in a body that judges the offices' work. */
    private static final List<Role> OFFICES = List.of(Role.ADMIN, Role.ANALYST, Role.CLERK, Role.ETHICS, Role.TECHNOCRAT);

    private final AnnouncedPanelDraws draws;
    private final Sortition sortition;
    private final Roster roster;
    private final Deliberation deliberation;
    private final BallotBox ballots;
    private final MinutesPublisher minutes;
    private final DecisionRegister register;
    private final BodyStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DrawnBodies(AnnouncedPanelDraws draws, Sortition sortition, Roster roster, Deliberation deliberation,
                BallotBox ballots, MinutesPublisher minutes, DecisionRegister register, BodyStore store,
                ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.draws = draws;
        this.sortition = sortition;
        this.roster = roster;
        this.deliberation = deliberation;
        this.ballots = ballots;
        this.minutes = minutes;
        this.register = register;
        this.store = store;
        this.events = events;
    }

    /** The citizens holding an office (administration, analysis, clerks, ethics, technocrats). */
    @Transactional(readOnly = true)
    public Set<Long> officeHolders() {
        Set<Long> holders = new HashSet<>();
        OFFICES.forEach(role -> roster.members(role).stream().map(Actor::citizenId).filter(Objects::nonNull)
                .forEach(holders::add));
        return holders;
    }

    /** Freezes the pool without {@code excluded} and announces the draw of a body of {@code kind} for the case. */
    public DrawAnnouncement announce(long caseNumber, String kind, int seats, Set<Long> excluded) {
        return draws.announce(caseNumber, kind, seats, excluded);
    }

    /** Draws the announced body with the public values entered; its members are invited by the draw's event. */
    public PanelView draw(long announcementId, Set<Long> excluded, String publicValues) {
        return drawn(draws.draw(announcementId, excluded, publicValues));
    }

    /** A body drawn by a draw of its process's own (an appeal's panel, drawn with its expert) joins the lifecycle. */
    public PanelView drawn(PanelView panel) {
        store.drawn(panel.id(), panel.purpose(), panel.caseId(), panel.drawnAt());
        events.publishEvent(new BodyAdvanced(panel.id(), panel.purpose(), panel.caseId(), BodyStage.DRAWN));
        return panel;
    }

    /**
     * The body learns and deliberates on {@code topics} (its options; "general" is added), {@code experts} (logins)
     * answering its questions, or the clerks where it has none. Deliberating again (the body votes again) reopens it.
     */
    public void deliberate(long panelId, List<String> topics, List<String> experts) {
        BodyView body = body(panelId);
        deliberation.open(panelId, body.caseNumber(), topics, experts);
        advance(body, BodyStage.DELIBERATING);
    }

    /**
     * Opens a vote of the body on {@code options} under {@code caseNumber} (the body's case, or one question of it);
     * a body that has not deliberated yet deliberates on the general topic from now on.
     */
    public long openVote(long panelId, long caseNumber, List<String> options, Instant deadline, VoteRules rules) {
        BodyView body = body(panelId);
        if (!deliberation.exists(panelId) || body.stage() == BodyStage.VOTED) {
            deliberate(panelId, List.of(), List.of());
        }
        long voteId = ballots.open(caseNumber, panelId, options, deadline, rules);
        advance(body(panelId), BodyStage.VOTING);
        return voteId;
    }

    /** Closes a vote; when it was the body's last open one, its deliberation closes and the body has voted. */
    public VoteResult closeVote(long voteId) {
        long panelId = ballots.info(voteId).panelId();
        VoteResult result = ballots.close(voteId);
        if (!ballots.anyOpen(panelId)) {
            deliberation.close(panelId);
            advance(body(panelId), BodyStage.VOTED);
        }
        return result;
    }

    /** Whether every member has voted on every question the body still has open. */
    @Transactional(readOnly = true)
    public boolean allVoted(long panelId) {
        return ballots.anyOpen(panelId) && ballots.openVotes(panelId).stream().allMatch(ballots::allVoted);
    }

    /** Renders and signs the minutes of the body's proceedings. */
    public SignedMinutes signMinutes(long panelId, MinutesContent content) {
        SignedMinutes signed = minutes.publish(content);
        advance(body(panelId), BodyStage.MINUTES_SIGNED);
        return signed;
    }

    /** Enters the body's decision, with its signed minutes, in the public register. */
    public RegisterEntry publish(long panelId, RegisterEntry entry, SignedMinutes signed) {
        RegisterEntry published = register.publish(entry, signed.pdf());
        advance(body(panelId), BodyStage.PUBLISHED);
        return published;
    }

    /**
     * The body as its minutes show it: its size, how it was drawn (message {@code methodKey} with the draw's algorithm
     * and then {@code moreArguments}), the seed and how to re-run the draw, and its composition against its quotas.
     */
    @Transactional(readOnly = true)
    public MinutesContent.Jury minutesPart(long panelId, String methodKey, Locale locale, Object... moreArguments) {
        PanelView panel = sortition.panel(panelId);
        Object[] arguments = new Object[moreArguments.length + 1];
        arguments[0] = panel.algorithm();
        System.arraycopy(moreArguments, 0, arguments, 1, moreArguments.length);
        String method = Messages.get(locale, methodKey, arguments);
        List<MinutesContent.CompositionRow> rows = sortition.composition(panelId).stream()
                .map(q -> new MinutesContent.CompositionRow(Messages.get(locale, "category." + q.category()), q.value(),
                        q.min(), q.actual())).toList();
        return new MinutesContent.Jury(panel.size(), method, Long.toString(panel.seed()),
                Messages.get(locale, "minutes.juryRerun", panel.algorithm(), Long.toString(panel.seed())), rows);
    }

    /** The body of panel {@code panelId}; a panel drawn before bodies were recorded is taken up as drawn. */
    @Transactional(readOnly = true)
    public BodyView body(long panelId) {
        return store.body(panelId).orElseGet(() -> {
            PanelView panel = sortition.panel(panelId);
            return new BodyView(panel.id(), panel.purpose(), panel.caseId(), BodyStage.DRAWN, panel.drawnAt());
        });
    }

    /** The bodies drawn for a case, in the order they were drawn. */
    @Transactional(readOnly = true)
    public List<BodyView> bodiesOf(long caseNumber) {
        return store.bodiesOf(caseNumber);
    }

    /** The body of a panel, if it was drawn as one. */
    @Transactional(readOnly = true)
    public Optional<BodyView> find(long panelId) {
        return store.body(panelId);
    }

    private void advance(BodyView body, BodyStage stage) {
        if (body.stage() == stage) {
            return;
        }
        store.advance(body, stage, clock.instant());
        events.publishEvent(new BodyAdvanced(body.panelId(), body.kind(), body.caseNumber(), stage));
    }
}
