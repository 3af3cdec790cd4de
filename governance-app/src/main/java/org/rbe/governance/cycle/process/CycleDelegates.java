package org.rbe.governance.cycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rbe.governance.cycle.CycleSteps;
import org.rbe.governance.cycle.CycleSteps.OpenedVote;
import org.rbe.governance.cycle.CycleSteps.ReviewVerdict;
import org.rbe.governance.proceedings.MinutesStep;
import java.util.Map;
import org.rbe.governance.draws.DrawStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates named in {@code decision-cycle.bpmn}: each reads process variables, calls one step and writes
 * variables back. No business rule lives here.
 */
@Configuration
class CycleDelegates {
    @Bean
    JavaDelegate snapshotDataDelegate(CycleSteps steps) {
        return ex -> steps.snapshotData(caseId(ex), number(ex, "datasetId"));
    }

    @Bean
    JavaDelegate generateScenariosDelegate(CycleSteps steps) {
        return ex -> {
            int round = steps.generateScenarios(caseId(ex), number(ex, "datasetId"), (String) ex.getVariable("revisionNotes"));
            ex.setVariable("round", round);
        };
    }

    @Bean
    DrawStep reviewersDrawStep(CycleSteps steps) {
        return DrawStep.of("reviewers", v -> steps.announceReviewers(DrawStep.number(v, "caseId"), (int) DrawStep.number(v, "round")),
                (v, id, values) -> Map.of("reviewers",
                        steps.drawReviewers(DrawStep.number(v, "caseId"), (int) DrawStep.number(v, "round"), id, values)));
    }

    @Bean
    TaskListener recordReviewListener(CycleSteps steps) {
        return task -> steps.recordReview(caseId(task.getExecution()), round(task.getExecution()), task.getAssignee(),
                (String) task.getVariable("reviewDecision"), (String) task.getVariable("reviewNotes"));
    }

    @Bean
    JavaDelegate concludeReviewDelegate(CycleSteps steps) {
        return ex -> {
            ReviewVerdict verdict = steps.concludeReview(caseId(ex), round(ex));
            ex.setVariable("reviewOutcome", verdict.outcome());
            ex.setVariable("revisionNotes", verdict.notes());
        };
    }

    @Bean
    JavaDelegate concludeEthicsDelegate(CycleSteps steps) {
        return ex -> ex.setVariable("scenariosLeft",
                steps.concludeEthics(caseId(ex), round(ex), (String) ex.getVariable("ethicsConclusion")));
    }

    @Bean
    DrawStep juryDrawStep(CycleSteps steps) {
        return DrawStep.of("jury", v -> steps.announceJury(DrawStep.number(v, "caseId")),
                (v, id, values) -> Map.of("panelId", steps.drawJury(DrawStep.number(v, "caseId"), id, values)));
    }

    @Bean
    JavaDelegate openVoteDelegate(CycleSteps steps) {
        return ex -> {
            OpenedVote vote = steps.openVote(caseId(ex), number(ex, "panelId"), round(ex));
            ex.setVariable("voteId", vote.voteId());
            ex.setVariable("voteDeadline", java.util.Date.from(vote.deadline()));
        };
    }

    @Bean
    JavaDelegate closeVoteDelegate(CycleSteps steps) {
        return ex -> {
            String outcome = steps.closeVote(caseId(ex), number(ex, "voteId"));
            ex.setVariable("voteOutcome", outcome);
            if ("REWORK".equals(outcome)) {
                // a returned set is generated again with the reasons the jurors gave beside their ballots
                ex.setVariable("revisionNotes", steps.juryReasons(number(ex, "voteId")));
            }
        };
    }

    @Bean
    MinutesStep juryMinutesStep(CycleSteps steps) {
        return MinutesStep.of("jury", v -> steps.signMinutes(DrawStep.number(v, "caseId"), DrawStep.number(v, "panelId"),
                        (String) v.get("publicationSummary"), (String) v.get(MinutesStep.SIGNED_BY)),
                (v, signed) -> steps.publishToRegister(DrawStep.number(v, "caseId"), DrawStep.number(v, "panelId"), signed));
    }

    @Bean
    JavaDelegate closeCycleDelegate(CycleSteps steps) {
        return ex -> steps.closeCycle(caseId(ex), (String) ex.getVariable("observedOutcome"),
                (String) ex.getVariable("outcomeMet"));
    }

    private static long caseId(DelegateExecution ex) {
        return number(ex, "caseId");
    }

    private static int round(DelegateExecution ex) {
        return ((Number) ex.getVariable("round")).intValue();
    }

    private static long number(DelegateExecution ex, String name) {
        return ((Number) ex.getVariable(name)).longValue();
    }
}
