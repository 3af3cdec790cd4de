package org.rbe.governance.review.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbe.governance.draws.AnnouncedDraws;
import org.rbe.governance.draws.AnnouncedSeed;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.review.ReviewCompleted;
import org.rbe.governance.review.ReviewOutcome;
import org.rbe.governance.review.ReviewView;
import org.rbe.governance.review.ReviewersDrawn;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expert review stored in {@code review_assignment}. */
@Service
@Transactional
class JdbcExpertReview implements ExpertReview {
    private static final Set<String> DECISIONS = Set.of("APPROVE", "ANNOTATE", "RETURN");
    /** The purpose of a reviewers' draw, followed by the round. */
    static final String PURPOSE = "reviewers-round-";
    private final JdbcTemplate jdbc;
    private final Roster roster;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    private final AnnouncedDraws draws;

    JdbcExpertReview(JdbcTemplate jdbc, Roster roster, ApplicationEventPublisher events, Clock clock,
                     AnnouncedDraws draws) {
        this.clock = clock;
        this.draws = draws;
        this.jdbc = jdbc;
        this.roster = roster;
        this.events = events;
    }

    @Override
    public DrawAnnouncement announceReviewers(long caseId, int round, Set<Long> excludedCitizenIds) {
        List<String> candidates = candidates(excludedCitizenIds);
        return draws.announce(caseId, PURPOSE + round, AnnouncedSeed.candidatesSha256(candidates), null,
                candidates.size(), PANEL_SIZE, ReviewersDrawn.RULE);
    }

    @Override
    public List<String> drawReviewers(long announcementId, int round, Set<Long> excludedCitizenIds, String publicValues) {
        List<String> candidates = candidates(excludedCitizenIds);
        DrawAnnouncement revealed = draws.reveal(announcementId, AnnouncedSeed.candidatesSha256(candidates), null,
                publicValues);
        long seed = revealed.seed();
        long caseId = revealed.terms().caseNumber();
        List<String> technocrats = new ArrayList<>(candidates);
        Collections.shuffle(technocrats, new Random(seed));
        List<String> drawn = List.copyOf(technocrats.subList(0, PANEL_SIZE));
        events.publishEvent(new ReviewersDrawn(caseId, round, seed, candidates, drawn));
        for (String reviewer : drawn) {
            jdbc.update("INSERT INTO review_assignment (case_id, round, reviewer, seed) VALUES (?, ?, ?, ?)",
                    caseId, round, reviewer, seed);
        }
        draws.drawn(announcementId, "reviewers:" + String.join(",", drawn));
        return drawn;
    }

    /** The technocrats reviewers are drawn from, in roster order; refused when fewer than a panel. */
    private List<String> candidates(Set<Long> excludedCitizenIds) {
        List<String> technocrats = roster.members(Role.TECHNOCRAT).stream()
                .filter(a -> a.citizenId() == null || !excludedCitizenIds.contains(a.citizenId()))
                .map(Actor::username).toList();
        if (technocrats.size() < PANEL_SIZE) {
            throw new UserFacingException("error.review.rosterTooSmall", technocrats.size(), PANEL_SIZE);
        }
        return technocrats;
    }

    @Override
    public ReviewView record(long caseId, int round, String reviewer, String decision, String notes) {
        if (decision == null || !DECISIONS.contains(decision)) {
            throw new UserFacingException("error.review.decisionRequired");
        }
        if (!"APPROVE".equals(decision) && (notes == null || notes.isBlank())) {
            throw new UserFacingException("error.review.notesRequired");
        }
        int updated = jdbc.update("UPDATE review_assignment SET decision = ?, notes = ?, decided_at = ?"
                        + " WHERE case_id = ? AND round = ? AND reviewer = ? AND decision IS NULL",
                decision, notes == null || notes.isBlank() ? null : notes.trim(), Timestamp.from(clock.instant()),
                caseId, round, reviewer);
        if (updated != 1) {
            throw new UserFacingException("error.review.notAssigned", reviewer);
        }
        return reviews(caseId).stream().filter(r -> r.round() == round && r.reviewer().equals(reviewer)).findFirst()
                .orElseThrow();
    }

    @Override
    public ReviewOutcome conclude(long caseId, int round) {
        List<ReviewView> thisRound = reviews(caseId).stream().filter(r -> r.round() == round).toList();
        int returns = (int) thisRound.stream().filter(r -> "RETURN".equals(r.decision())).count();
        boolean returned = !thisRound.isEmpty() && returns * 3 >= thisRound.size() * 2;
        List<String> notes = thisRound.stream().filter(r -> r.notes() != null)
                .map(r -> r.reviewerName() + ": " + r.notes()).toList();
        events.publishEvent(new ReviewCompleted(caseId, round, returned));
        return new ReviewOutcome(thisRound.size(), returns, returned, notes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewView> reviews(long caseId) {
        Map<String, String> names = roster.members(Role.TECHNOCRAT).stream()
                .collect(Collectors.toMap(Actor::username, Actor::displayName, (a, b) -> a));
        return jdbc.query("SELECT case_id, round, reviewer, seed, decision, notes, decided_at FROM review_assignment"
                        + " WHERE case_id = ? ORDER BY round, id", (rs, i) -> {
                    Timestamp decided = rs.getTimestamp(7);
                    String reviewer = rs.getString(3);
                    return new ReviewView(rs.getLong(1), rs.getInt(2), reviewer, names.getOrDefault(reviewer, reviewer),
                            rs.getLong(4), rs.getString(5), rs.getString(6), decided == null ? null : decided.toInstant());
                }, caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> reviewersOf(long caseId) {
        return new LinkedHashSet<>(jdbc.queryForList("SELECT reviewer FROM review_assignment WHERE case_id = ?",
                String.class, caseId));
    }

}
