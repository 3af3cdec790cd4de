package org.rbe.governance.voting;

import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.internal.BallotStore;
import org.rbe.governance.voting.internal.Receipts;
import org.rbe.governance.voting.internal.StoredBallot;
import org.rbe.governance.voting.internal.Tally;
import org.rbe.governance.voting.internal.VoteEntity;
import org.rbe.governance.voting.internal.VoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ballot box of a panel's vote: keeps the eligible roll, takes one current ballot per voter with a receipt
 * (re-voting until the close when the vote allows it: the last ballot counts, earlier ones stay as history), shows
 * turnout while open, and at the close tallies, builds the Merkle tree over the final receipts and cuts every link
 * between the roll and the ballots of a secret vote. The tally stays hidden from everyone until the close.
 */
@Service
@Transactional
public class BallotBox {
    /** The option that returns the scenarios for rework; every vote offers it. */
    public static final String REWORK = Tally.REWORK;

    private final VoteRepository votes;
    private final BallotStore store;
    private final Sortition sortition;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, VoteHeader> headers = new java.util.concurrent.ConcurrentHashMap<>();

    public BallotBox(VoteRepository votes, BallotStore store, Sortition sortition, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock) {
        this.votes = votes;
        this.store = store;
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
        VoteEntity vote = votes.save(new VoteEntity(caseId, panelId, codes, deadline,
                rules == null ? VoteRules.standard() : rules, clock.instant()));
        store.enrol(vote.getId(), sortition.activeMemberIds(panelId));
        events.publishEvent(new VoteOpened(vote.getId(), caseId));
        return vote.getId();
    }

    /** Casts the current user's ballot; with re-voting allowed, a later ballot replaces the earlier one. */
    public BallotReceipt cast(long voteId, String option) {
        long citizenId = currentUser.citizenId().orElseThrow(() -> new AccessDeniedException("voting.error.notOnRoll"));
        return castAs(voteId, citizenId, option);
    }

    /** Casts a ballot on behalf of a simulated citizen; administrators only. */
    public BallotReceipt castFor(long voteId, long citizenId, String option) {
        currentUser.require(Role.ADMIN);
        return castAs(voteId, citizenId, option);
    }

    /**
     * For the rest of the current transaction (a batch of many casts), the ballot writes of casts may be held back and
     * sent together at {@link #flushWrites()} or before the commit; reads in the transaction still see them. A
     * duplicate current ballot is then refused when they are sent, failing the transaction, instead of by its cast.
     */
    public void deferWrites() {
        store.deferWrites();
    }

    /** Sends the ballot writes held back since {@link #deferWrites()}. */
    public void flushWrites() {
        store.flushWrites();
    }

    /** Adds a replacement juror to the roll of an open vote. */
    public void addEligible(long voteId, long citizenId) {
        VoteEntity vote = openVote(voteId);
        if (!sortition.isActiveMember(vote.getPanelId(), citizenId)) {
            throw new UserFacingException("voting.error.notPanelMember", citizenId);
        }
        store.enrol(voteId, List.of(citizenId));
    }

    /** Takes a juror who has not voted off the roll of an open vote. */
    public void removeEligible(long voteId, long citizenId) {
        openVote(voteId);
        if (!store.removeFromRoll(voteId, citizenId)) {
            throw new UserFacingException("voting.error.cannotRemoveVoter");
        }
    }

    /** Whether the panel has a vote still open. */
    @Transactional(readOnly = true)
    public boolean anyOpen(long panelId) {
        return !votes.findByPanelIdAndClosedAtIsNull(panelId).isEmpty();
    }

    /** The panel's votes still open, by id. */
    @Transactional(readOnly = true)
    public List<Long> openVotes(long panelId) {
        return votes.findByPanelIdAndClosedAtIsNull(panelId).stream().map(VoteEntity::getId).sorted().toList();
    }

    /** Keeps the rolls of open votes in step with the panel when a juror is replaced. */
    @EventListener
    public void on(JurorReplaced replaced) {
        for (VoteEntity vote : votes.findByPanelIdAndClosedAtIsNull(replaced.panelId())) {
            if (clock.instant().isBefore(vote.getDeadline())) {
                store.removeFromRoll(vote.getId(), replaced.declinedCitizenId());
                store.enrol(vote.getId(), List.of(replaced.replacementCitizenId()));
            }
        }
    }

    @Transactional(readOnly = true)
    public Turnout turnout(long voteId) {
        VoteEntity vote = vote(voteId);
        int eligible = store.rollSize(voteId);
        int voted = store.votedCount(voteId);
        double percent = eligible == 0 ? 0.0 : voted * 100.0 / eligible;
        return new Turnout(eligible, voted, percent, eligible > 0 && voted >= eligible, vote.isClosed(), vote.getDeadline());
    }

    /** The options on the ballot, in ballot order (the scenarios, then "return for rework"). */
    @Transactional(readOnly = true)
    public List<String> options(long voteId) {
        return List.copyOf(vote(voteId).getOptions());
    }

    /** The vote's settings and roll digest; public at any time (no ballots, no tally). */
    @Transactional(readOnly = true)
    public VoteInfo info(long voteId) {
        VoteEntity v = vote(voteId);
        List<Long> roll = store.roll(voteId);
        return new VoteInfo(voteId, v.getCaseId(), v.getPanelId(), v.getOptions(), v.getOpenedAt(), v.getDeadline(),
                v.rules(), roll.size(), digest(roll), v.getClosedAt());
    }

    @Transactional(readOnly = true)
    public boolean allVoted(long voteId) {
        int eligible = store.rollSize(voteId);
        return eligible > 0 && store.votedCount(voteId) >= eligible;
    }

    /**
     * Closes the vote once its deadline has passed or everyone on the roll has voted: freezes the roll, tallies the
     * current ballots, builds the Merkle tree over their receipts and, for a secret vote, drops the ballot keys that
     * linked roll and ballots. Closing again returns the same result.
     */
    public VoteResult close(long voteId) {
        VoteEntity vote = vote(voteId);
        if (vote.isClosed()) {
            return tally(vote);
        }
        if (clock.instant().isBefore(vote.getDeadline()) && !allVoted(voteId)) {
            throw new UserFacingException("voting.error.tooEarlyToClose");
        }
        Instant now = clock.instant();
        if (!store.claimClose(voteId, now)) {
            return tally(vote);
        }
        BallotStore.Roll roll = store.lockRoll(voteId);
        List<StoredBallot> current = currentBallots(voteId);
        List<String> receipts = current.stream().map(StoredBallot::receipt).toList();
        String root = MerkleTree.root(receipts);
        VoteResult result = Tally.count(voteId, vote.getOptions(), current.stream().map(StoredBallot::option).toList(),
                roll.eligible().size(), vote.rules());
        events.publishEvent(new RollFrozen(voteId, vote.getCaseId(), roll.eligible().size(), roll.voted().size(),
                digest(roll.eligible()), digest(roll.voted())));
        store.seal(voteId, current.stream().map(StoredBallot::id).toList(), vote.rules().named());
        vote.close(now, result.outcome(), result.winningOption(), root, receipts.size());
        votes.save(vote);
        events.publishEvent(new VoteTallied(voteId, vote.getCaseId(), result.outcome(), result.winningOption(),
                result.totals(), result.ballots(), result.eligible(), result.quorumMet(), root));
        events.publishEvent(new VoteClosed(voteId, vote.getCaseId(), result.outcome(), vote.rules().named()));
        return result;
    }

    /** The tally; hidden from everyone, administrators included, until the vote has closed. */
    @Transactional(readOnly = true)
    public VoteResult result(long voteId) {
        return tally(closedVote(voteId));
    }

    /**
     * The Merkle root (RFC 6962, hex SHA-256) over the final receipts of a closed vote, as published and printed in
     * the minutes; refused before the close.
     */
    @Transactional(readOnly = true)
    public String merkleRoot(long voteId) {
        VoteEntity vote = closedVote(voteId);
        return vote.getMerkleRoot() != null ? vote.getMerkleRoot()
                : MerkleTree.root(currentBallots(voteId).stream().map(StoredBallot::receipt).toList());
    }

    /** Everything a closed vote publishes: tally, root, receipts in leaf order, participation list. */
    @Transactional(readOnly = true)
    public PublishedResult published(long voteId) {
        VoteEntity vote = closedVote(voteId);
        List<StoredBallot> current = currentBallots(voteId);
        List<PublishedResult.NamedBallot> named = vote.rules().named()
                ? current.stream().filter(b -> b.citizenId() != null)
                .map(b -> new PublishedResult.NamedBallot(b.citizenId(), b.option()))
                .sorted((a, b) -> Long.compare(a.citizenId(), b.citizenId())).toList()
                : List.of();
        return new PublishedResult(voteId, vote.getCaseId(), vote.getClosedAt(), tally(vote), merkleRoot(voteId),
                current.stream().map(StoredBallot::receipt).toList(), store.participants(voteId), vote.rules().named(), named);
    }

    /**
     * The inclusion proof of {@code receipt} in a closed vote; refused ("not counted") for a receipt that is not
     * among the final ballots, whether it never existed or was replaced by a later ballot.
     */
    @Transactional(readOnly = true)
    public InclusionProof proof(long voteId, String receipt) {
        VoteEntity vote = vote(voteId);
        if (!vote.isClosed()) {
            throw new UserFacingException("voting.error.notClosed", voteId);
        }
        List<String> receipts = currentBallots(voteId).stream().map(StoredBallot::receipt).toList();
        int index = receipt == null ? -1 : Collections.binarySearch(receipts, receipt.trim().toLowerCase());
        if (index < 0) {
            throw new UserFacingException("voting.error.notCounted", voteId);
        }
        return new InclusionProof(voteId, receipts.get(index), index, receipts.size(), MerkleTree.auditPath(receipts, index),
                merkleRoot(voteId));
    }

    /**
     * The current user's receipt: their current ballot while the vote is open (or at any time in a named vote).
     * Empty when they have not voted; after a secret vote has closed the system no longer knows which receipt is
     * theirs, and says so.
     */
    @Transactional(readOnly = true)
    public Optional<BallotReceipt> myReceipt(long voteId) {
        Long citizenId = currentUser.actor().citizenId();
        VoteEntity vote = vote(voteId);
        if (citizenId == null || !store.hasVoted(voteId, citizenId)) {
            return Optional.empty();
        }
        Optional<String> key = store.voterKey(voteId, citizenId);
        if (key.isEmpty()) {
            throw new UserFacingException("voting.error.receiptForgotten");
        }
        return store.currentBallot(voteId, key.get()).map(b -> new BallotReceipt(voteId, b.receipt(), b.castAt()));
    }

    @Transactional(readOnly = true)
    public Optional<Long> currentVote(long caseId) {
        return votes.findFirstByCaseIdOrderByIdDesc(caseId).map(VoteEntity::getId);
    }

    /** Whether the current user has cast a ballot in this vote (the roll records who voted). */
    @Transactional(readOnly = true)
    public boolean hasVoted(long voteId) {
        Long citizenId = currentUser.actor().citizenId();
        return citizenId != null && store.hasVoted(voteId, citizenId);
    }

    /**
     * Re-checks a vote's stored ballots: each option against its receipt, one current ballot per voter, and once
     * closed the Merkle root of the stored receipts against the published one. Administrators and the ledger's
     * auditors use it; it reveals nothing about who voted what.
     */
    @Transactional(readOnly = true)
    public BallotAudit audit(long voteId) {
        VoteEntity vote = vote(voteId);
        List<String> problems = new ArrayList<>();
        List<StoredBallot> all = store.allBallots(voteId);
        for (StoredBallot b : all) {
            if (b.nonce() != null && !Receipts.receipt(voteId, b.option(), b.nonce()).equals(b.receipt())) {
                problems.add("ballot " + b.id() + ": its option does not match its receipt " + b.receipt());
            }
            if (!vote.getOptions().contains(b.option())) {
                problems.add("ballot " + b.id() + ": option " + b.option() + " is not on this vote");
            }
        }
        List<StoredBallot> current = currentBallots(voteId);
        int voted = store.votedCount(voteId);
        if (current.size() != voted) {
            problems.add(current.size() + " current ballots, but the roll records " + voted + " voters");
        }
        if (!vote.isClosed()) {
            long keys = current.stream().map(StoredBallot::voterKey).distinct().count();
            if (keys != current.size()) {
                problems.add("a voter has more than one current ballot");
            }
        } else {
            String root = MerkleTree.root(current.stream().map(StoredBallot::receipt).toList());
            if (vote.getMerkleRoot() != null && !vote.getMerkleRoot().equals(root)) {
                problems.add("the stored receipts give the Merkle root " + root + ", not the published " + vote.getMerkleRoot());
            }
            if (vote.getCountedBallots() != null && vote.getCountedBallots() != current.size()) {
                problems.add(current.size() + " current ballots, but " + vote.getCountedBallots() + " were counted at the close");
            }
        }
        return new BallotAudit(voteId, all.size(), problems);
    }

    private BallotReceipt castAs(long voteId, long citizenId, String option) {
        VoteHeader vote = header(voteId);
        Optional<String> key = store.lockVoter(voteId, citizenId, Receipts.nonce());
        if (key.isEmpty()) {
            throw new AccessDeniedException("voting.error.notOnRoll");
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // Read afresh under the voter's lock (a close that committed meanwhile is seen here); once per ballot: anything
        // the lock wrote for a closed vote is rolled back with the refusal.
        BallotStore.OpenCurrent state = store.currentIfOpen(voteId, key.get(), now);
        if (!state.open()) {
            throw new UserFacingException("voting.error.closed");
        }
        Optional<StoredBallot> earlier = state.current();
        // A re-vote needs a current ballot, which was accepted at the first one; only a first ballot asks the panel.
        if (earlier.isEmpty() && !sortition.isAcceptedMember(vote.panelId(), citizenId)) {
            throw new UserFacingException("voting.error.notAccepted");
        }
        if (option == null || !vote.options().contains(option)) {
            throw new UserFacingException("voting.error.unknownOption", String.valueOf(option));
        }
        if (earlier.isPresent() && !vote.rules().revotingAllowed()) {
            throw new UserFacingException("voting.error.alreadyVoted");
        }
        earlier.ifPresent(b -> store.supersede(b.id()));
        String nonce = Receipts.nonce();
        String receipt = Receipts.receipt(voteId, option, nonce);
        try {
            store.insert(new StoredBallot(0, voteId, key.get(), true, vote.rules().named() ? citizenId : null, option,
                    nonce, receipt, earlier.map(b -> b.revision() + 1).orElse(0), now, null));
        } catch (DataIntegrityViolationException duplicate) {
            throw new UserFacingException("voting.error.alreadyVoted");
        }
        events.publishEvent(new ReceiptRecorded(voteId, receipt));
        if (earlier.isEmpty()) {
            events.publishEvent(new BallotCast(voteId));
        }
        return new BallotReceipt(voteId, receipt, now);
    }

    /** What never changes once a vote is open: its panel, options and rules (kept in memory; the open state is not). */
    private record VoteHeader(long panelId, List<String> options, VoteRules rules) {
    }

    private VoteHeader header(long voteId) {
        VoteHeader cached = headers.get(voteId);
        if (cached == null) {
            VoteEntity v = vote(voteId);
            cached = new VoteHeader(v.getPanelId(), v.getOptions(), v.rules());
            if (headers.size() > 10_000) {
                headers.clear();
            }
            headers.put(voteId, cached);
        }
        return cached;
    }

    private List<StoredBallot> currentBallots(long voteId) {
        List<StoredBallot> current = new ArrayList<>(store.currentBallots(voteId));
        current.sort((a, b) -> a.receipt().compareTo(b.receipt()));
        return current;
    }

    private VoteResult tally(VoteEntity vote) {
        List<String> cast = currentBallots(vote.getId()).stream().map(StoredBallot::option).toList();
        return Tally.count(vote.getId(), vote.getOptions(), cast, store.rollSize(vote.getId()), vote.rules());
    }

    private VoteEntity closedVote(long voteId) {
        VoteEntity vote = vote(voteId);
        if (!vote.isClosed()) {
            throw new UserFacingException("voting.error.resultHidden");
        }
        return vote;
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

    /** SHA-256 over citizen ids, one per line, ascending. */
    static String digest(List<Long> ids) {
        return Receipts.sha256Hex(ids.stream().sorted().map(String::valueOf).collect(Collectors.joining("\n")));
    }
}
