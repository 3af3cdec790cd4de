package org.rbe.governance.decisions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rbe.governance.decisions.CaseEvent;
import org.rbe.governance.decisions.CaseOpened;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.decisions.StageReached;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decision cases in the database; opening one starts the {@code decision-cycle} process. */
@Service
@Transactional
class JpaDecisionCases implements DecisionCases {
    static final String PROCESS_KEY = "decision-cycle";
    private final DecisionCaseRepository cases;
    private final CaseEventRepository events;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;

    private final Clock clock;
    JpaDecisionCases(DecisionCaseRepository cases, CaseEventRepository events, RuntimeService runtime,
                     CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.events = events;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.publisher = publisher;
    }

    @Override
    public DecisionCaseView open(String title, String topic, String region, long datasetId) {
        return start(currentUser.require(Role.ANALYST), null, title, topic, region, datasetId);
    }

    @Override
    public DecisionCaseView openForInitiative(long initiativeCase, String title, String topic, String region,
                                              long datasetId) {
        return start(currentUser.require(Role.CLERK), initiativeCase, title, topic, region, datasetId);
    }

    private DecisionCaseView start(Actor opener, Long initiativeCase, String title, String topic, String region,
                                   long datasetId) {
        requireText(title, "error.case.titleRequired", 200);
        requireText(topic, "error.case.topicRequired", 100);
        requireText(region, "error.case.regionRequired", 64);
        DecisionCaseEntity c = new DecisionCaseEntity();
        c.title = title.trim();
        c.topic = topic.trim();
        c.region = region.trim();
        c.datasetId = datasetId;
        c.stage = Stage.DATA;
        c.round = 0;
        c.openedBy = opener.username();
        c.openedAt = clock.instant();
        cases.saveAndFlush(c);
        events.save(CaseEventEntity.of(clock.instant(), c.id, Stage.DATA, "timeline.opened", opener.displayName(), c.title));
        if (initiativeCase != null) {
            events.save(CaseEventEntity.of(clock.instant(), c.id, Stage.DATA, CaseEvent.FROM_INITIATIVE,
                    CaseNumbers.label(initiativeCase), CaseNumbers.idOf(initiativeCase)));
        }
        publisher.publishEvent(new CaseOpened(c.id, datasetId, opener.username()));
        c.processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id),
                Map.of("caseId", c.id, "datasetId", datasetId)).getProcessInstanceId();
        return c.view();
    }

    private static void requireText(String value, String key, int max) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new UserFacingException(key, max);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public DecisionCaseView get(long caseId) {
        return entity(caseId).view();
    }

    private DecisionCaseEntity entity(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new UserFacingException("error.case.unknown", caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionCaseView> all() {
        return cases.findAllByOrderByIdDesc().stream().map(DecisionCaseEntity::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(long caseId) {
        return events.findByCaseIdOrderByIdAsc(caseId).stream().map(CaseEventEntity::view).toList();
    }

    @Override
    public void advance(long caseId, Stage stage, String messageKey, Object... args) {
        DecisionCaseEntity c = entity(caseId);
        boolean moved = c.stage != stage;
        c.stage = stage;
        events.save(CaseEventEntity.of(clock.instant(), caseId, stage, messageKey, args));
        if (moved) {
            publisher.publishEvent(new StageReached(caseId, stage));
        }
    }

    @Override
    public void recordSnapshot(long caseId, String datasetSha256) {
        entity(caseId).datasetSha256 = datasetSha256;
    }

    @Override
    public int nextRound(long caseId) {
        DecisionCaseEntity c = entity(caseId);
        c.round++;
        return c.round;
    }

    @Override
    public void recordOutcome(long caseId, String outcome, Long winningScenarioId) {
        DecisionCaseEntity c = entity(caseId);
        c.outcome = outcome;
        c.winningScenarioId = winningScenarioId;
    }

    @Override
    public void recordPublication(long caseId, String summary, String clerk) {
        DecisionCaseEntity c = entity(caseId);
        c.summary = summary;
        c.publishedBy = clerk;
        c.publishedAt = clock.instant();
    }

    @Override
    public void close(long caseId, String observedOutcome) {
        DecisionCaseEntity c = entity(caseId);
        c.observedOutcome = observedOutcome;
        c.closedAt = clock.instant();
        c.stage = Stage.CLOSED;
    }
}
