package org.rbe.governance.constitution.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rbe.governance.constitution.ReviewSteps;
import org.rbe.governance.proceedings.MinutesStep;
import java.util.Map;
import org.rbe.governance.draws.DrawStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates named in {@code constitutional-review.bpmn}: each reads process variables, calls one step and writes
 * variables back. No business rule lives here.
 */
@Configuration
class ReviewDelegates {
    @Bean
    JavaDelegate countSupportersDelegate(ReviewSteps steps) {
        return ex -> ex.setVariable("supporters", steps.countSupporters(reviewId(ex)));
    }

    @Bean
    JavaDelegate refuseInitiativeDelegate(ReviewSteps steps) {
        return ex -> steps.refuseInitiative(reviewId(ex));
    }

    @Bean
    DrawStep reviewAssemblyDrawStep(ReviewSteps steps) {
        return DrawStep.of("review-assembly", v -> steps.announceAssembly(DrawStep.number(v, "reviewId")),
                (v, id, values) -> Map.of("panelId", steps.drawAssembly(DrawStep.number(v, "reviewId"), id, values)));
    }

    @Bean
    JavaDelegate closeProposalsDelegate(ReviewSteps steps) {
        return ex -> ex.setVariable("amendmentsProposed", steps.closeProposals(reviewId(ex), user(ex),
                (String) ex.getVariable("proposalsNote")));
    }

    @Bean
    DrawStep amendmentReviewersDrawStep(ReviewSteps steps) {
        return DrawStep.of("amendment-reviewers", v -> steps.announceReviewers(DrawStep.number(v, "reviewId")),
                (v, id, values) -> Map.of("reviewers", steps.drawReviewers(DrawStep.number(v, "reviewId"), id, values)));
    }

    @Bean
    TaskListener recordAmendmentReviewListener(ReviewSteps steps) {
        return task -> steps.recordReview(reviewId(task.getExecution()), task.getAssignee(),
                (String) task.getVariable("reviewDecision"), (String) task.getVariable("reviewNotes"));
    }

    @Bean
    JavaDelegate concludeAmendmentReviewDelegate(ReviewSteps steps) {
        return ex -> steps.concludeExpertReview(reviewId(ex));
    }

    @Bean
    JavaDelegate concludeAmendmentEthicsDelegate(ReviewSteps steps) {
        return ex -> ex.setVariable("amendmentsLeft", steps.concludeEthics(reviewId(ex),
                (String) ex.getVariable("ethicsConclusion")));
    }

    @Bean
    JavaDelegate openAssemblyVotesDelegate(ReviewSteps steps) {
        return ex -> ex.setVariable("assemblyDeadline", java.util.Date.from(steps.openVotes(reviewId(ex))));
    }

    @Bean
    JavaDelegate closeAssemblyVotesDelegate(ReviewSteps steps) {
        return ex -> ex.setVariable("amendmentsAccepted", steps.closeVotes(reviewId(ex)));
    }

    @Bean
    JavaDelegate enactAmendmentsDelegate(ReviewSteps steps) {
        return ex -> steps.enactAmendments(reviewId(ex));
    }

    @Bean
    MinutesStep reviewMinutesStep(ReviewSteps steps) {
        return MinutesStep.of("review-assembly", v -> steps.signMinutes(DrawStep.number(v, "reviewId")),
                (v, signed) -> steps.publish(DrawStep.number(v, "reviewId"), signed));
    }

    @Bean
    JavaDelegate closeReviewDelegate(ReviewSteps steps) {
        return ex -> steps.closeReview(reviewId(ex));
    }

    /** The person who completed the task just before (the engine's authenticated user at that moment). */
    private static String user(DelegateExecution ex) {
        var authentication = ex.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    private static long reviewId(DelegateExecution ex) {
        return ((Number) ex.getVariable("reviewId")).longValue();
    }
}
