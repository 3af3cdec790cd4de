package org.rbe.governance.proceedings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.citizens.CitizenRegistry;
import org.rbe.governance.jury.JurorReplaced;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.proceedings.internal.DeliberationStore;
import org.rbe.governance.proceedings.internal.DeliberationStore.Header;
import org.rbe.governance.proceedings.internal.DeliberationStore.Member;
import org.rbe.governance.proceedings.internal.TableSeating;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.NotFoundException;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliberation of one body drawn by lot, for every kind of body. Its process opens it with the vote (seating the
 * members at tables and naming the experts who answer) and closes it with the vote. In between, accepted members ask
 * the experts questions, post arguments for or against an option under their pseudonym, talk at their table and
 * write its summary, and give reasons for what must change, kept apart from their ballot. Everyone may read the
 * questions, the answers and the arguments; clerks may hide a post for a published reason.
 */
@Service
@Transactional
public class Deliberation {
    /** The topic of what concerns no single option. */
    public static final String GENERAL = "general";
    private static final SecureRandom SEEDS = new SecureRandom();

    private final DeliberationStore store;
    private final Sortition sortition;
    private final CitizenRegistry registry;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeliberationSettings settings;

    Deliberation(DeliberationStore store, Sortition sortition, CitizenRegistry registry, CurrentUser currentUser,
                 ApplicationEventPublisher events, Clock clock, DeliberationSettings settings) {
        this.store = store;
        this.sortition = sortition;
        this.registry = registry;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Opens the panel's deliberation on {@code topics} (the options before it; "general" is added), seating its active
     * members at tables; {@code experts} (logins) answer the questions, or the clerks when there are none. Opening an
     * open deliberation again leaves it as it is; a closed one (the body votes again) opens again as it was.
     */
    public void open(long panelId, long caseNumber, List<String> topics, List<String> experts) {
        Optional<Header> existing = store.header(panelId);
        if (existing.isPresent()) {
            if (!existing.get().open()) {
                store.reopen(panelId);
            }
            return;
        }
        List<String> all = new ArrayList<>(new LinkedHashSet<>(topics));
        all.remove(GENERAL);
        all.add(GENERAL);
        long seed = SEEDS.nextLong();
        Map<Long, String> regions = registry.byIds(sortition.activeMemberIds(panelId)).values().stream()
                .collect(Collectors.toMap(CitizenProfile::id, CitizenProfile::region));
        Set<String> taken = new HashSet<>();
        List<Member> members = new ArrayList<>();
        TableSeating.seat(regions, settings.tableSize(), seed).forEach((citizen, table) -> {
            String pseudonym = TableSeating.pseudonym(p -> taken.contains(p) || store.pseudonymTaken(p));
            taken.add(pseudonym);
            members.add(new Member(citizen, pseudonym, table));
        });
        store.open(new Header(panelId, caseNumber, all, settings.tableSize(), seed,
                (int) settings.answerWithin().toHours(), clock.instant(), null), members, experts);
        events.publishEvent(new DeliberationOpened(panelId, caseNumber, all, members.size(),
                TableSeating.tables(members.size(), settings.tableSize()), TableSeating.sha256(seed, members),
                List.copyOf(experts)));
    }

    /** The number of the case (appeal, review, assembly) the panel's deliberation belongs to. */
    @Transactional(readOnly = true)
    public long caseNumber(long panelId) {
        return header(panelId).caseNumber();
    }

    /** Whether the panel has a deliberation. */
    @Transactional(readOnly = true)
    public boolean exists(long panelId) {
        return store.header(panelId).isPresent();
    }

    /** The deliberation as the current reader (anyone, logged in or not) may see it. */
    @Transactional(readOnly = true)
    public DeliberationView view(long panelId) {
        Header h = header(panelId);
        Optional<Member> me = currentUser.optionalActor().map(Actor::citizenId).flatMap(c -> store.member(panelId, c));
        boolean member = me.isPresent();
        List<Member> members = store.members(panelId);
        DeliberationView.Seat seat = me.map(m -> seatOf(panelId, m)).orElse(null);
        return new DeliberationView(panelId, h.caseNumber(), h.topics(), h.open(),
                TableSeating.tables(members.size(), h.tableSize()), h.openedAt(), seat, store.questions(panelId),
                store.posts(panelId), me.map(m -> store.tablePosts(panelId, m.table())).orElse(List.of()),
                member || !h.open() || staff() ? store.summaries(panelId) : List.of(),
                h.open() ? List.of() : store.reasons(panelId));
    }

    /** The logins of the experts who answer the deliberation's questions (none: the clerks answer). */
    @Transactional(readOnly = true)
    public List<String> experts(long panelId) {
        return store.experts(panelId);
    }

    /** The current user's seat in the panel's deliberation, if they have one. */
    @Transactional(readOnly = true)
    public Optional<DeliberationView.Seat> seat(long panelId) {
        return currentUser.optionalActor().map(Actor::citizenId).flatMap(c -> store.member(panelId, c))
                .map(m -> seatOf(panelId, m));
    }

    private DeliberationView.Seat seatOf(long panelId, Member m) {
        return new DeliberationView.Seat(m.pseudonym(), m.table(), store.reasonsGiven(panelId, m.citizenId()));
    }

    /** The current member asks the experts a question on {@code topic}; returns its id. */
    public long ask(long panelId, String topic, String text) {
        Header h = openHeader(panelId);
        Member me = seated(panelId);
        String question = text(text, DeliberationSettings.MAX_QUESTION, "deliberation.error.questionText");
        if (store.openQuestionsOf(panelId, me.citizenId()) >= settings.openQuestions()) {
            throw new DeliberationLimitReached("deliberation.error.tooManyQuestions", settings.openQuestions());
        }
        String on = topic(h, topic);
        Instant now = clock.instant();
        Instant due = now.plus(settings.answerWithin());
        long id = store.ask(panelId, on, me.table(), me.citizenId(), question, now, due);
        events.publishEvent(new QuestionAsked(id, panelId, h.caseNumber(), on, me.table(), question, due,
                store.experts(panelId)));
        return id;
    }

    /**
     * {@code username} answers the body's questions too, where the body has experts (an overdue question passed to
     * them); where it has none, the clerks answer already.
     */
    public void addExpert(long panelId, String username) {
        if (!store.experts(panelId).isEmpty()) {
            store.addExpert(panelId, username);
        }
    }

    /** One of the deliberation's experts (or a clerk where it has none) answers a question in public. */
    public void answer(long questionId, String text) {
        long[] owner = store.questionOwner(questionId)
                .orElseThrow(() -> new UserFacingException("deliberation.error.noOpenQuestion", questionId));
        Header h = header(owner[0]);
        Actor actor = currentUser.actor();
        List<String> experts = store.experts(h.panelId());
        if (experts.isEmpty() ? !actor.has(Role.CLERK) : !experts.contains(actor.username())) {
            throw new AccessDeniedException("deliberation.error.notExpert");
        }
        String answer = text(text, DeliberationSettings.MAX_ANSWER, "deliberation.error.answerText");
        if (!store.answer(questionId, answer, actor.displayName(), clock.instant())) {
            throw new UserFacingException("deliberation.error.noOpenQuestion", questionId);
        }
        events.publishEvent(new QuestionAnswered(questionId, h.panelId(), h.caseNumber(), owner[1], actor.displayName(),
                answer));
    }

    /** The current member posts an argument (or a reply to one) under their pseudonym; returns its id. */
    public long post(long panelId, String topic, Stance stance, String text, Long respondsTo) {
        Header h = openHeader(panelId);
        Member me = seated(panelId);
        if (stance == null) {
            throw new UserFacingException("deliberation.error.stance");
        }
        String body = text(text, settings.maxPostLength(), "deliberation.error.postText");
        if (respondsTo != null) {
            DeliberationView.Post parent = store.post(panelId, respondsTo).orElseThrow(() -> new UserFacingException("deliberation.error.noSuchPost", respondsTo));
            if (parent.respondsTo() != null) {
                throw new UserFacingException("deliberation.error.replyDepth");
            }
            topic = parent.topic();
        }
        Instant now = clock.instant();
        int[] counts = store.postCounts(panelId, me.pseudonym(), now.minusSeconds(24 * 3600));
        if (counts[0] >= settings.postsPerBody()) {
            throw new DeliberationLimitReached("deliberation.error.tooManyPosts", settings.postsPerBody());
        }
        if (counts[1] >= settings.postsPerDay()) {
            throw new DeliberationLimitReached("deliberation.error.tooManyPostsToday", settings.postsPerDay());
        }
        return store.post(panelId, topic(h, topic), stance, me.pseudonym(), respondsTo, body, now);
    }

    /** A clerk hides a post for a published reason; the post keeps its place with the reason. */
    public void hide(long postId, HideReason reason, String note) {
        Actor clerk = currentUser.require(Role.CLERK);
        if (reason == null) {
            throw new UserFacingException("deliberation.error.hideReason");
        }
        DeliberationView.Post post = store.post(postId)
                .orElseThrow(() -> new NotFoundException("deliberation.error.noSuchPost", postId));
        long panelId = store.panelOfPost(postId);
        String why = note == null ? "" : note.strip();
        if (why.length() > settings.maxPostLength()) {
            throw new UserFacingException("deliberation.error.noteText", settings.maxPostLength());
        }
        if (!store.hide(postId, reason, why, clerk.username(), clock.instant())) {
            throw new UserFacingException("deliberation.error.alreadyHidden", postId);
        }
        long author = store.members(panelId).stream().filter(m -> m.pseudonym().equals(post.pseudonym()))
                .mapToLong(Member::citizenId).findFirst().orElse(0L);
        events.publishEvent(new PostHidden(postId, panelId, header(panelId).caseNumber(), post.pseudonym(), reason, why,
                clerk.username(), author));
    }

    /** The current member writes in their table's own discussion. */
    public void tablePost(long panelId, String text) {
        openHeader(panelId);
        Member me = seated(panelId);
        store.tablePost(panelId, me.table(), me.pseudonym(), text(text, settings.maxPostLength(),
                "deliberation.error.postText"), clock.instant());
    }

    /** The current member writes a new version of their table's summary of its reasons. */
    public void writeSummary(long panelId, String text) {
        openHeader(panelId);
        Member me = seated(panelId);
        store.summary(panelId, me.table(), me.pseudonym(), text(text, DeliberationSettings.MAX_SUMMARY,
                "deliberation.error.summaryText"), clock.instant());
    }

    /**
     * The current member says what must change if the set is returned, whatever they vote, once. The reasons are kept
     * with no link to the member, their ballot or the time, and published in random order once the vote closes.
     */
    public void giveReasons(long panelId, List<ChangeArea> mustChange, String text) {
        openHeader(panelId);
        Member me = seated(panelId);
        List<ChangeArea> areas = mustChange == null ? List.of() : List.copyOf(new LinkedHashSet<>(mustChange));
        String words = text == null ? "" : text.strip();
        if (areas.isEmpty() && words.isEmpty()) {
            throw new UserFacingException("deliberation.error.reasonsEmpty");
        }
        if (words.length() > DeliberationSettings.MAX_REASON) {
            throw new UserFacingException("deliberation.error.reasonText", DeliberationSettings.MAX_REASON);
        }
        if (store.reasonsGiven(panelId, me.citizenId())) {
            throw new UserFacingException("deliberation.error.reasonsGiven");
        }
        store.giveReasons(panelId, me.citizenId(), areas, words);
    }

    /** Closes the deliberation with the vote: nothing more is posted, and the summaries and reasons become public. */
    public void close(long panelId) {
        Header h = store.header(panelId).orElse(null);
        if (h == null || !h.open()) {
            return;
        }
        store.close(panelId, clock.instant());
        List<DeliberationView.Question> questions = store.questions(panelId);
        List<DeliberationView.Post> posts = store.posts(panelId);
        List<DeliberationView.Reason> reasons = store.reasons(panelId);
        events.publishEvent(new DeliberationClosed(panelId, h.caseNumber(), questions.size(),
                (int) questions.stream().filter(DeliberationView.Question::answered).count(), posts.size(),
                (int) posts.stream().filter(DeliberationView.Post::hidden).count(), store.summaries(panelId).size(),
                reasons.size(), DeliberationMinutes.reasonsSha256(reasons)));
    }

    /** A replacement takes the seat's table of the member they replace, under a pseudonym of their own. */
    @EventListener
    public void on(JurorReplaced replaced) {
        store.member(replaced.panelId(), replaced.declinedCitizenId()).ifPresent(declined -> store.seat(
                replaced.panelId(), new Member(replaced.replacementCitizenId(),
                        TableSeating.pseudonym(store::pseudonymTaken), declined.table())));
    }

    private Header header(long panelId) {
        return store.header(panelId).orElseThrow(() -> new NotFoundException("deliberation.error.none", panelId));
    }

    private Header openHeader(long panelId) {
        Header h = header(panelId);
        if (!h.open()) {
            throw new UserFacingException("deliberation.error.closed");
        }
        return h;
    }

    /** The current user's seat; only members who accepted their invitation take part. */
    private Member seated(long panelId) {
        long citizenId = currentUser.citizenId().orElseThrow(() -> new AccessDeniedException("deliberation.error.notMember"));
        Member me = store.member(panelId, citizenId)
                .orElseThrow(() -> new AccessDeniedException("deliberation.error.notMember"));
        if (!sortition.isAcceptedMember(panelId, citizenId)) {
            throw new AccessDeniedException("deliberation.error.acceptFirst");
        }
        return me;
    }

    private static String topic(Header h, String topic) {
        String t = topic == null || topic.isBlank() ? GENERAL : topic.strip();
        if (!h.topics().contains(t)) {
            throw new UserFacingException("deliberation.error.topic", t);
        }
        return t;
    }

    private static String text(String text, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new UserFacingException(key, max);
        }
        return t;
    }

    private boolean staff() {
        return currentUser.optionalActor().map(a -> a.has(Role.CLERK)).orElse(false);
    }
}
