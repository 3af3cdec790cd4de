package org.rbe.governance.ethics.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.conflicts.CaseRoles;
import org.rbe.governance.conflicts.DecisionRoles;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.EthicsCouncil;
import org.rbe.governance.ethics.ScenarioVetoed;
import org.rbe.governance.ethics.VetoView;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.scenarios.ScenarioGenerator;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vetoes stored in {@code ethics_veto}; every rule is checked here, whatever screen or API calls it. */
@Service
@Transactional
class JdbcEthicsCouncil implements EthicsCouncil {
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final DecisionCases cases;
    private final ScenarioGenerator scenarios;
    private final ExpertReview review;
    private final Roster roster;
    private final ApplicationEventPublisher events;
    private final CaseRoles roles;

    private final Clock clock;
    JdbcEthicsCouncil(JdbcTemplate jdbc, CurrentUser currentUser, DecisionCases cases, ScenarioGenerator scenarios,
                      ExpertReview review, Roster roster, ApplicationEventPublisher events, CaseRoles roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.cases = cases;
        this.scenarios = scenarios;
        this.review = review;
        this.roster = roster;
        this.events = events;
    }

    @Override
    public VetoView veto(long caseId, long scenarioId, String reason) {
        Actor member = currentUser.require(Role.ETHICS);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("error.ethics.reasonRequired");
        }
        if (reason.length() > 4000) {
            throw new UserFacingException("error.ethics.reasonTooLong", 4000);
        }
        DecisionCaseView decision = cases.get(caseId);
        if (decision.stage() != Stage.ETHICS) {
            throw new UserFacingException("error.ethics.notOpen");
        }
        if (review.reviewersOf(caseId).contains(member.username())) {
            throw new AccessDeniedException("error.conflictOfInterest");
        }
        ScenarioView scenario = scenarios.scenario(scenarioId);
        if (scenario.caseId() != caseId || scenario.round() != decision.round()) {
            throw new UserFacingException("error.ethics.scenarioNotInRound", scenarioId);
        }
        if (vetoedScenarioIds(caseId, decision.round()).contains(scenarioId)) {
            throw new UserFacingException("error.ethics.alreadyVetoed", scenario.title());
        }
        Instant now = clock.instant();
        if (member.citizenId() != null) {
            // a juror, clerk or analyst of this case does not also sit on its ethics check
            roles.assign(caseId, DecisionRoles.ETHICS, member.citizenId());
        }
        jdbc.update("INSERT INTO ethics_veto (case_id, round, scenario_id, member, reason, vetoed_at) VALUES (?, ?, ?, ?, ?, ?)",
                caseId, decision.round(), scenarioId, member.username(), reason.trim(), Timestamp.from(now));
        cases.advance(caseId, Stage.ETHICS, "timeline.vetoed", member.displayName(), scenario.title(), reason.trim());
        events.publishEvent(new ScenarioVetoed(caseId, scenarioId, member.username()));
        return new VetoView(caseId, decision.round(), scenarioId, member.username(), member.displayName(), reason.trim(), now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VetoView> vetoes(long caseId) {
        Map<String, String> names = roster.members(Role.ETHICS).stream()
                .collect(Collectors.toMap(Actor::username, Actor::displayName, (a, b) -> a));
        return jdbc.query("SELECT case_id, round, scenario_id, member, reason, vetoed_at FROM ethics_veto WHERE case_id = ?"
                + " ORDER BY id", (rs, i) -> new VetoView(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                names.getOrDefault(rs.getString(4), rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()), caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> vetoedScenarioIds(long caseId, int round) {
        return new HashSet<>(jdbc.queryForList("SELECT scenario_id FROM ethics_veto WHERE case_id = ? AND round = ?",
                Long.class, caseId, round));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> vetoersOf(long caseId) {
        return new LinkedHashSet<>(jdbc.queryForList("SELECT member FROM ethics_veto WHERE case_id = ?", String.class, caseId));
    }
}
