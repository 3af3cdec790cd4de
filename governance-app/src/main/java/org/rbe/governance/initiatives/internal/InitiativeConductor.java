package org.rbe.governance.initiatives.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.DecisionCases;
import org.rbe.governance.initiatives.CitizenInitiative;
import org.rbe.governance.initiatives.InitiativeAnalysed;
import org.rbe.governance.initiatives.InitiativeAnalystChosen;
import org.rbe.governance.initiatives.InitiativeCaseOpened;
import org.rbe.governance.initiatives.InitiativeDeclined;
import org.rbe.governance.initiatives.InitiativeSteps;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.security.Roster;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out each step of {@code citizen-initiative.bpmn}: the analyst's choice, the analysis, the clerk's step. */
@Service
@Transactional
class InitiativeConductor implements InitiativeSteps {
    static final Set<String> ASSESSMENTS = Set.of("FEASIBLE", "NEEDS_CHANGES", "NOT_FEASIBLE");
    static final int MIN_ANALYSIS = 50;
    static final int MAX_ANALYSIS = 8000;
    static final int MIN_REASON = 10;
    static final int MAX_REASON = 4000;
    private final InitiativeStore store;
    private final Initiatives initiatives;
    private final Roster roster;
    private final DecisionCases cases;
    private final CorrelationCenter correlation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeConductor(InitiativeStore store, Initiatives initiatives, Roster roster, DecisionCases cases,
                        CorrelationCenter correlation, CurrentUser currentUser, ApplicationEventPublisher events,
                        Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.roster = roster;
        this.cases = cases;
        this.correlation = correlation;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String chooseAnalyst(long initiativeId) {
        CitizenInitiative initiative = initiatives.get(initiativeId);
        List<Actor> technocrats = roster.members(Role.TECHNOCRAT);
        String analyst = AnalystChoice.choose(technocrats, initiative.proposerId(), initiative.caseNumber())
                .map(Actor::username).orElseThrow(() -> new UserFacingException("initiatives.error.noAnalyst"));
        store.set(initiativeId, "analyst", analyst);
        events.publishEvent(new InitiativeAnalystChosen(initiativeId, analyst, initiative.caseNumber(),
                AnalystChoice.eligible(technocrats, initiative.proposerId()).size()));
        return analyst;
    }

    @Override
    public void recordAnalysis(long initiativeId, String analyst, String assessment, String analysis) {
        CitizenInitiative initiative = initiatives.get(initiativeId);
        if (!CitizenInitiative.ANALYSIS.equals(initiative.status()) || !analyst.equals(initiative.analyst())) {
            throw new UserFacingException("initiatives.error.notYourAnalysis", initiative.label());
        }
        if (assessment == null || !ASSESSMENTS.contains(assessment)) {
            throw new UserFacingException("initiatives.error.assessment");
        }
        String text = analysis == null ? "" : analysis.strip();
        if (text.length() < MIN_ANALYSIS || text.length() > MAX_ANALYSIS) {
            throw new UserFacingException("initiatives.error.analysisLength", MIN_ANALYSIS, MAX_ANALYSIS);
        }
        store.set(initiativeId, "assessment", assessment);
        store.set(initiativeId, "analysis", text);
        store.set(initiativeId, "analysed_at", clock.instant());
        store.move(initiativeId, CitizenInitiative.ANALYSIS, CitizenInitiative.AWAITING_CASE);
        events.publishEvent(new InitiativeAnalysed(initiativeId, initiative.proposerId(), analyst, assessment,
                Sha256.hex(text)));
    }

    @Override
    public String conclude(long initiativeId, OpenCaseForm form) {
        Actor clerk = currentUser.require(Role.CLERK);
        CitizenInitiative initiative = initiatives.get(initiativeId);
        if (!CitizenInitiative.AWAITING_CASE.equals(initiative.status())) {
            throw new UserFacingException("initiatives.error.notAwaitingCase", initiative.label());
        }
        if (clerk.citizenId() != null && clerk.citizenId() == initiative.proposerId()) {
            throw new UserFacingException("initiatives.error.ownInitiative", initiative.label());
        }
        if ("OPEN".equals(form.choice())) {
            return open(initiative, clerk, form);
        }
        if (!"DECLINE".equals(form.choice())) {
            throw new UserFacingException("initiatives.error.choice");
        }
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            throw new UserFacingException("initiatives.error.reasonLength", MIN_REASON, MAX_REASON);
        }
        store.set(initiativeId, "decline_reason", reason);
        finish(initiativeId, clerk, CitizenInitiative.DECLINED);
        events.publishEvent(new InitiativeDeclined(initiativeId, initiative.proposerId(), clerk.username(),
                Sha256.hex(reason)));
        return DECLINED;
    }

    private String open(CitizenInitiative initiative, Actor clerk, OpenCaseForm form) {
        String title = form.title() == null || form.title().isBlank() ? initiative.title() : form.title().strip();
        long datasetId = correlation.dataset(datasetNumber(form.datasetId())).id();
        DecisionCaseView opened = cases.openForInitiative(initiative.caseNumber(), title, form.topic(), form.region(),
                datasetId);
        store.set(initiative.id(), "decision_case", opened.id());
        finish(initiative.id(), clerk, CitizenInitiative.CASE_OPENED);
        events.publishEvent(new InitiativeCaseOpened(initiative.id(), initiative.proposerId(), clerk.username(),
                opened.id()));
        return CASE_OPENED;
    }

    private void finish(long initiativeId, Actor clerk, String status) {
        store.set(initiativeId, "clerk", clerk.username());
        store.set(initiativeId, "concluded_at", clock.instant());
        store.move(initiativeId, CitizenInitiative.AWAITING_CASE, status);
    }

    /** "#3" or "3": the Correlation Center's number of a dataset. */
    private static long datasetNumber(String typed) {
        String digits = typed == null ? "" : typed.strip().replaceFirst("^#", "");
        if (!digits.matches("\\d{1,12}")) {
            throw new UserFacingException("initiatives.error.dataset", typed == null ? "" : typed.strip());
        }
        return Long.parseLong(digits);
    }
}
