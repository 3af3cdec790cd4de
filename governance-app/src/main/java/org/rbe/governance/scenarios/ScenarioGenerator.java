package org.rbe.governance.scenarios;

import org.rbe.governance.constitution.ConstitutionalParameters;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ParameterSet;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.scenarios.internal.ProblemReader;
import org.rbe.governance.scenarios.internal.ResourceProblem;
import org.rbe.governance.scenarios.internal.ScenarioPortfolio;
import org.rbe.governance.scenarios.internal.ScenarioStore;
import org.rbe.governance.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Generates the 3-5 scenarios of a decision case (§5.2) by solving the resource-balance model on
 * a Correlation Center dataset, stores them and announces {@link ScenariosGenerated}.
 * <p>
 * From each region's latest period it reads: {@code population}, {@code stock_wheat_t},
 * {@code water_supply_l_day}, {@code housing_m2} (required; regions without {@code stock_wheat_t}
 * are left out), and optionally {@code children}, {@code stock_quinoa_t},
 * {@code import_capacity_wheat_t}, {@code import_capacity_quinoa_t} (default 0),
 * {@code transfer_cost_per_t} (default 40) and {@code import_cost_per_t} (default 300).
 * The floors (water, food, housing per person and per child) are the constitutional parameters in force on the
 * case's date, read from {@link ConstitutionalParameters}.
 * When no plan can meet the constitutional floors it stores nothing and throws
 * {@link ScenarioInfeasibleException} naming each region, norm and shortfall: a plan that breaks a
 * floor is never proposed, and rationing is a decision for people, not for the model.
 */
@Service
public class ScenarioGenerator {
    private final CorrelationCenter correlationCenter;
    private final ScenarioStore store;
    private final ApplicationEventPublisher events;
    private final ConstitutionalParameters constitution;

    public ScenarioGenerator(CorrelationCenter correlationCenter, ScenarioStore store, ApplicationEventPublisher events,
                             ConstitutionalParameters constitution) {
        this.correlationCenter = correlationCenter;
        this.constitution = constitution;
        this.store = store;
        this.events = events;
    }

    /**
     * Solves, stores (replacing any earlier set of the same round) and returns the scenarios of
     * {@code round}. A round above 1 means experts returned the previous set: the new plans limit
     * each policy's lever according to the round and {@code revisionNotes}, differ from the previous
     * round's plans, and say so in their explanations. The floors are those in force on {@code caseDate}.
     */
    @Transactional
    public List<ScenarioView> generate(long caseId, long datasetId, int round, String revisionNotes, LocalDate caseDate) {
        if (round < 1) {
            throw new UserFacingException("scenarios.error.round", String.valueOf(round));
        }
        ResourceProblem problem = ProblemReader.read(correlationCenter.observations(datasetId), norms(caseDate));
        List<List<Allocation>> previous = round == 1 ? List.of()
                : store.round(caseId, round - 1).stream().map(ScenarioView::allocations).toList();
        List<ScenarioView> drafts = ScenarioPortfolio.draft(problem, round, revisionNotes, previous).stream()
                .map(d -> new ScenarioView(0, caseId, round, d.ordinal(), d.title(), d.explanationEn(), d.explanationRu(),
                        d.allocations(), d.objectiveValue()))
                .toList();
        List<ScenarioView> saved = store.replaceRound(caseId, round, datasetId, drafts);
        events.publishEvent(new ScenariosGenerated(caseId, round, saved.size()));
        return saved;
    }

    private ResourceProblem.Norms norms(LocalDate caseDate) {
        ParameterSet floors = constitution.inForce(caseDate);
        return ResourceProblem.Norms.constitutional(floors.value(Parameter.WATER_LITRES_PER_DAY).doubleValue(),
                floors.value(Parameter.FOOD_KCAL_PER_DAY).doubleValue(),
                floors.value(Parameter.HOUSING_M2_PER_ADULT).doubleValue(),
                floors.value(Parameter.HOUSING_M2_PER_CHILD).doubleValue());
    }

    /** The scenarios of one round of a case, by ordinal. */
    @Transactional(readOnly = true)
    public List<ScenarioView> scenarios(long caseId, int round) {
        return store.round(caseId, round);
    }

    /** The scenarios of the latest round of a case (empty when none were generated). */
    @Transactional(readOnly = true)
    public List<ScenarioView> latest(long caseId) {
        return store.latestRound(caseId).stream().mapToObj(round -> store.round(caseId, round)).findFirst().orElse(List.of());
    }

    @Transactional(readOnly = true)
    public ScenarioView scenario(long scenarioId) {
        return store.byId(scenarioId).orElseThrow(
                () -> new UserFacingException("scenarios.error.unknownScenario", String.valueOf(scenarioId)));
    }
}
