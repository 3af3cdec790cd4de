package org.rbe.governance.constitution.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.rbe.governance.constitution.ReviewSteps;
import org.rbe.governance.constitution.ReviewSteps.SignedReviewMinutes;
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
    static final String SIGNED_MINUTES = "reviewMinutes";

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
                (v, id, values) -> Map.of("assemblyPanelId", steps.drawAssembly(DrawStep.number(v, "reviewId"), id, values)));
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
    JavaDelegate signReviewMinutesDelegate(ReviewSteps steps) {
        return ex -> {
            SignedReviewMinutes minutes = steps.signMinutes(reviewId(ex));
            ex.setVariable("minutesDocumentId", minutes.documentId());
            ex.setVariable("minutesSha256", minutes.sha256());
            ex.setVariable("minutesDevelopmentKey", minutes.developmentKey());
            // The PDF travels to the next step only in memory: it is stored once, in the register.
            ex.setVariable(SIGNED_MINUTES, Variables.byteArrayValue(minutes.pdf(), true));
        };
    }

    @Bean
    JavaDelegate publishReviewDelegate(ReviewSteps steps) {
        return ex -> steps.publish(reviewId(ex), new SignedReviewMinutes((String) ex.getVariable("minutesDocumentId"),
                (byte[]) ex.getVariable(SIGNED_MINUTES), (String) ex.getVariable("minutesSha256"),
                (Boolean) ex.getVariable("minutesDevelopmentKey")));
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
