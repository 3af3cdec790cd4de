package org.rbe.governance.appeals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rbe.governance.appeals.AppealSteps;
import org.rbe.governance.appeals.AppealSteps.DrawnPanel;
import org.rbe.governance.appeals.AppealSteps.OpenedVote;
import org.rbe.governance.proceedings.MinutesStep;
import java.util.Map;
import org.rbe.governance.draws.DrawStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates named in {@code sanction-appeal.bpmn}: each reads process variables, calls one step and writes
 * variables back. No business rule lives here.
 */
@Configuration
class AppealDelegates {
    @Bean
    JavaDelegate checkFilingDelegate(AppealSteps steps) {
        return ex -> ex.setVariable("filing", steps.checkFiling(appealId(ex)));
    }

    @Bean
    JavaDelegate refuseLateAppealDelegate(AppealSteps steps) {
        return ex -> steps.refuseLate(appealId(ex));
    }

    @Bean
    JavaDelegate suspendMeasureDelegate(AppealSteps steps) {
        return ex -> steps.suspendMeasure(appealId(ex));
    }

    @Bean
    DrawStep appealPanelDrawStep(AppealSteps steps) {
        return DrawStep.of("appeal-panel", v -> steps.announcePanel(DrawStep.number(v, "appealId")), (v, id, values) -> {
            DrawnPanel panel = steps.drawPanel(DrawStep.number(v, "appealId"), id, values);
            return Map.of("appealPanelId", panel.appealPanelId(), "panelId", panel.panelId(), "expert", panel.expert(),
                    "hearingDate", java.util.Date.from(panel.hearingAt()),
                    "decisionDeadline", java.util.Date.from(panel.decisionDeadline()));
        });
    }

    @Bean
    TaskListener recordAdviceListener(AppealSteps steps) {
        return task -> steps.recordAdvice(appealId(task.getExecution()), task.getAssignee(),
                (String) task.getVariable("advice"), (String) task.getVariable("adviceReasons"),
                (String) task.getVariable("proposedMeasure"));
    }

    @Bean
    JavaDelegate openPanelVoteDelegate(AppealSteps steps) {
        return ex -> {
            OpenedVote vote = steps.openVote(appealId(ex));
            ex.setVariable("voteId", vote.voteId());
            ex.setVariable("decisionDeadline", java.util.Date.from(vote.deadline()));
        };
    }

    @Bean
    JavaDelegate closePanelVoteDelegate(AppealSteps steps) {
        return ex -> ex.setVariable("appealOutcome", steps.closeVote(appealId(ex)));
    }

    @Bean
    JavaDelegate replacePanelDelegate(AppealSteps steps) {
        return ex -> steps.replacePanel(appealId(ex));
    }

    @Bean
    JavaDelegate applyOutcomeDelegate(AppealSteps steps) {
        return ex -> ex.setVariable("isolationStays", steps.applyOutcome(appealId(ex)));
    }

    @Bean
    JavaDelegate scheduleIsolationReviewDelegate(AppealSteps steps) {
        return ex -> steps.scheduleIsolationReview(appealId(ex));
    }

    @Bean
    MinutesStep appealMinutesStep(AppealSteps steps) {
        return MinutesStep.of("appeal-panel", v -> steps.signMinutes(DrawStep.number(v, "appealId")),
                (v, signed) -> steps.publish(DrawStep.number(v, "appealId"), signed));
    }

    @Bean
    JavaDelegate notifyAppellantDelegate(AppealSteps steps) {
        return ex -> steps.notifyAppellant(appealId(ex));
    }

    private static long appealId(DelegateExecution ex) {
        return ((Number) ex.getVariable("appealId")).longValue();
    }
}
