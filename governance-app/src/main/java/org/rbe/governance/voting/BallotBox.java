package org.rbe.governance.voting;

import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.internal.BallotEntity;
import org.rbe.governance.voting.internal.BallotRepository;
import org.rbe.governance.voting.internal.Receipts;
import org.rbe.governance.voting.internal.RollEntry;
import org.rbe.governance.voting.internal.RollRepository;
import org.rbe.governance.voting.internal.Tally;
import org.rbe.governance.voting.internal.VoteEntity;
import org.rbe.governance.voting.internal.VoteRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The ballot box of a panel's vote: keeps the eligible roll, takes one secret ballot per accepted juror
 * with a receipt, shows turnout while open and reveals the tally only once the vote has closed.
 */
@Service
@Transactional
public class BallotBox {
    /** The option that returns the scenarios for rework; every vote offers it. */
    public static final String REWORK = Tally.REWORK;

    private final VoteRepository votes;
    private final RollRepository roll;
    private final BallotRepository ballots;
    private final Sortition sortition;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public BallotBox(VoteRepository votes, RollRepository roll, BallotRepository ballots, Sortition sortition,
                     CurrentUser currentUser, ApplicationEventPublisher events) {
        this(votes, roll, ballots, sortition, currentUser, events, Clock.systemUTC());
    }

    public BallotBox(VoteRepository votes, RollRepository roll, BallotRepository ballots, Sortition sortition,
                     CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.votes = votes;
        this.roll = roll;
        this.ballots = ballots;
        this.sortition = sortition;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a vote of the panel's active members on {@code options} (REWORK is added when missing). */
    public long open(long caseId, long panelId, List<String> options, Instant deadline, VoteRules rules) {
        List<String> codes = new ArrayList<>();
        for (String option : options == null ? List.<String>of() : options) {
            if (option == null || option.isBlank() || codes.contains(option.trim())) {
                throw new UserFacingException("voting.error.badOptions");
            }
            codes.add(option.trim());
        }
        if (codes.isEmpty() || codes.equals(List.of(REWORK))) {
            throw new UserFacingException("voting.error.badOptions");
        }
        if (!codes.contains(REWORK)) {
            codes.add(REWORK);
        }
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            throw new UserFacingException("voting.error.deadlineInPast");
        }
        if (votes.findFirstByCaseIdOrderByIdDesc(caseId).filter(v -> !v.isClosed()).isPresent()) {
            throw new UserFacingException("voting.error.alreadyOpen", caseId);
        }
        List<RollEntry> entries = new ArrayList<>();
        VoteEntity vote = votes.save(new VoteEntity(caseId, panelId, codes, deadline,
                rules == null ? VoteRules.standard() : rules, clock.instant()));
        sortition.activeMemberIds(panelId).forEach(id -> entries.add(new RollEntry(vote.getId(), id)));
        roll.saveAll(entries);
        events.publishEvent(new VoteOpened(vote.getId(), caseId));
        return vote.getId();
    }

    /** Casts the current user's ballot. */
    public BallotReceipt cast(long voteId, String option) {
        Long citizenId = currentUser.actor().citizenId();
        if (citizenId == null) {
            throw new AccessDeniedException("voting.error.notOnRoll");
        }
        return castAs(voteId, citizenId, option);
    }

    /** Casts a ballot on behalf of a simulated citizen; administrators only. */
    public BallotReceipt castFor(long voteId, long citizenId, String option) {
        currentUser.require(Role.ADMIN);
        return castAs(voteId, citizenId, option);
    }

    /** Adds a replacement juror to the roll of an open vote. */
    public void addEligible(long voteId, long citizenId) {
        VoteEntity vote = openVote(voteId);
        if (!sortition.isActiveMember(vote.getPanelId(), citizenId)) {
            throw new UserFacingException("voting.error.notPanelMember", citizenId);
        }
        if (roll.findByVoteIdAndCitizenId(voteId, citizenId).isEmpty()) {
            roll.save(new RollEntry(voteId, citizenId));
        }
    }

    /** Takes a juror who has not voted off the roll of an open vote. */
    public void removeEligible(long voteId, long citizenId) {
        openVote(voteId);
        if (ballots.findByVoteIdAndCitizenId(voteId, citizenId).isPresent()) {
            throw new UserFacingException("voting.error.cannotRemoveVoter");
        }
        roll.findByVoteIdAndCitizenId(voteId, citizenId).ifPresent(roll::delete);
    }

    /** Keeps the rolls of open votes in step with the panel when a juror is replaced. */
    @EventListener
    public void on(JurorReplaced replaced) {
        for (VoteEntity vote : votes.findByPanelIdAndClosedAtIsNull(replaced.panelId())) {
            if (clock.instant().isBefore(vote.getDeadline())) {
                roll.findByVoteIdAndCitizenId(vote.getId(), replaced.declinedCitizenId()).ifPresent(roll::delete);
                if (roll.findByVoteIdAndCitizenId(vote.getId(), replaced.replacementCitizenId()).isEmpty()) {
                    roll.save(new RollEntry(vote.getId(), replaced.replacementCitizenId()));
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public Turnout turnout(long voteId) {
        VoteEntity vote = vote(voteId);
        int eligible = (int) roll.countByVoteId(voteId);
        int voted = (int) ballots.countByVoteId(voteId);
        double percent = eligible == 0 ? 0.0 : voted * 100.0 / eligible;
        return new Turnout(eligible, voted, percent, eligible > 0 && voted >= eligible, vote.isClosed(), vote.getDeadline());
    }

    /** The options on the ballot, in ballot order (the scenarios, then "return for rework"). */
    @Transactional(readOnly = true)
    public List<String> options(long voteId) {
        return List.copyOf(vote(voteId).getOptions());
    }

    @Transactional(readOnly = true)
    public boolean allVoted(long voteId) {
        return turnout(voteId).allVoted();
    }

    /**
     * Closes the vote once its deadline has passed or everyone on the roll has voted, and tallies it;
     * closing again returns the same result.
     */
    public VoteResult close(long voteId) {
        VoteEntity vote = vote(voteId);
        if (vote.isClosed()) {
            return tally(vote);
        }
        if (clock.instant().isBefore(vote.getDeadline()) && !allVoted(voteId)) {
            throw new UserFacingException("voting.error.tooEarlyToClose");
        }
        VoteResult result = tally(vote);
        vote.close(clock.instant(), result.outcome(), result.winningOption());
        votes.save(vote);
        events.publishEvent(new VoteClosed(voteId, vote.getCaseId(), result.outcome()));
        return result;
    }

    /** The tally; hidden from everyone, administrators included, until the vote has closed. */
    @Transactional(readOnly = true)
    public VoteResult result(long voteId) {
        VoteEntity vote = vote(voteId);
        if (!vote.isClosed()) {
            throw new UserFacingException("voting.error.resultHidden");
        }
        return tally(vote);
    }

    @Transactional(readOnly = true)
    public Optional<Long> currentVote(long caseId) {
        return votes.findFirstByCaseIdOrderByIdDesc(caseId).map(VoteEntity::getId);
    }

    /** Whether the current user has cast a ballot in this vote. */
    @Transactional(readOnly = true)
    public boolean hasVoted(long voteId) {
        Long citizenId = currentUser.actor().citizenId();
        return citizenId != null && ballots.findByVoteIdAndCitizenId(voteId, citizenId).isPresent();
    }

    private BallotReceipt castAs(long voteId, long citizenId, String option) {
        VoteEntity vote = openVote(voteId);
        if (roll.findByVoteIdAndCitizenId(voteId, citizenId).isEmpty()) {
            throw new AccessDeniedException("voting.error.notOnRoll");
        }
        if (!sortition.isAcceptedMember(vote.getPanelId(), citizenId)) {
            throw new UserFacingException("voting.error.notAccepted");
        }
        if (option == null || !vote.getOptions().contains(option)) {
            throw new UserFacingException("voting.error.unknownOption", String.valueOf(option));
        }
        Optional<BallotEntity> earlier = ballots.findByVoteIdAndCitizenId(voteId, citizenId);
        if (earlier.isPresent() && !vote.rules().revotingAllowed()) {
            throw new UserFacingException("voting.error.alreadyVoted");
        }
        BallotEntity ballot = earlier.orElseGet(() -> new BallotEntity(voteId, citizenId));
        String nonce = Receipts.nonce();
        Instant now = clock.instant();
        ballot.mark(option, nonce, Receipts.receipt(voteId, citizenId, option, nonce), now);
        try {
            ballots.saveAndFlush(ballot);
        } catch (DataIntegrityViolationException duplicate) {
            throw new UserFacingException("voting.error.alreadyVoted");
        }
        events.publishEvent(new BallotCast(voteId));
        return new BallotReceipt(voteId, ballot.getReceipt(), now);
    }

    private VoteResult tally(VoteEntity vote) {
        List<String> cast = ballots.findByVoteId(vote.getId()).stream().map(BallotEntity::getOption).toList();
        return Tally.count(vote.getId(), vote.getOptions(), cast, (int) roll.countByVoteId(vote.getId()), vote.rules());
    }

    private VoteEntity openVote(long voteId) {
        VoteEntity vote = vote(voteId);
        if (vote.isClosed() || !clock.instant().isBefore(vote.getDeadline())) {
            throw new UserFacingException("voting.error.closed");
        }
        return vote;
    }

    private VoteEntity vote(long voteId) {
        return votes.findById(voteId).orElseThrow(() -> new UserFacingException("voting.error.unknownVote", voteId));
    }
}
