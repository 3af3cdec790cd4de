package org.rbe.governance.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.PanelView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.review.ExpertReview;
import org.rbe.governance.testing.ProcessReference;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.workflow.InvalidFormException;
import org.rbe.governance.workflow.TaskInbox;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code processes/expert-question.bpmn}: a question is a task offered to the experts who reviewed the
 * options, with its deadline; answered from the task list, the answer is published in the deliberation; answered on
 * the deliberation page, the task is done; left when the deliberation closes, it ends unanswered on the record.
 */
class ExpertQuestionProcessTest extends CycleTestSupport {
    @Autowired
    Sortition sortition;
    @Autowired
    Deliberation deliberation;
    @Autowired
    ExpertReview review;
    @Autowired
    TaskInbox inbox;
    @Autowired
    BallotBox ballots;

    @Test
    void aQuestionIsAnExpertsTaskAnsweredFromTheListOrThePageOrLeftWhenTheDeliberationCloses() {
        DecisionCaseView c = openCase("Questions as tasks");
        people.reviewRound(c.id(), "APPROVE", null);
        people.closeEthicsCheck(c.id(), "Nothing to veto.");
        PanelView panel = sortition.currentPanel(c.id()).orElseThrow();
        MemberView asker = panel.members().get(0);
        currentUser.runAs("admin", () -> sortition.respond(panel.id(), asker.citizenId(), true));
        Set<String> experts = review.reviewersOf(c.id());
        String expert = experts.iterator().next();
        String outsider = List.of("tech01", "tech02", "tech03", "tech04").stream().filter(t -> !experts.contains(t))
                .findFirst().orElseThrow();

        // from the task list
        long first = ask(panel, asker, "How much wheat is kept in reserve?");
        ProcessReference process = process(first);
        assertThat(process).isWaitingAt("Task_AnswerQuestion");
        TaskItem task = currentUser.runAs(expert, () -> inbox.myTasks()).stream()
                .filter(t -> t.definitionKey().equals("Task_AnswerQuestion")).findFirst().orElseThrow();
        assertThat(task.caseId()).isEqualTo(c.id());
        assertThat(currentUser.runAs(outsider, () -> inbox.myTasks()))
                .noneMatch(t -> t.definitionKey().equals("Task_AnswerQuestion"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.id()).singleResult().getDueDate())
                .isNotNull();
        assertThatThrownBy(() -> currentUser.runAs(expert, () -> {
            inbox.complete(task.id(), Map.of("answer", ""));
            return null;
        })).isInstanceOf(InvalidFormException.class);
        currentUser.runAs(expert, () -> {
            inbox.complete(task.id(), Map.of("answer", "A fifth of a year's need, in the southern silos."));
            return null;
        });
        assertThat(process).hasPassed("Task_PublishAnswer", "Event_Answered").isEnded();
        assertThat(question(panel, first).answer()).isEqualTo("A fifth of a year's need, in the southern silos.");

        // on the deliberation page
        long second = ask(panel, asker, "Who hauls the grain north?");
        currentUser.runAs(expert, () -> {
            deliberation.answer(second, "The northern cooperative's trains.");
            return null;
        });
        assertThat(process(second)).hasPassed("Event_Answered").hasNotPassed("Task_PublishAnswer").isEnded();

        // left unanswered when the deliberation closes with the vote
        long third = ask(panel, asker, "What if the harvest fails?");
        long voteId = ballots.currentVote(c.id()).orElseThrow();
        String option = ballots.options(voteId).get(0);
        currentUser.runAs("admin", () -> {
            for (MemberView m : sortition.panel(panel.id()).members()) {
                if ("INVITED".equals(m.status())) {
                    sortition.respond(panel.id(), m.citizenId(), true);
                }
                ballots.castFor(voteId, m.citizenId(), option);
            }
            return null;
        });
        assertThat(process(third)).hasPassed("Event_Unanswered").isEnded();
        assertThat(question(panel, third).answered()).isFalse();
    }

    private long ask(PanelView panel, MemberView asker, String text) {
        String topic = deliberation.view(panel.id()).topics().get(0);
        return currentUser.runAs(asker.username(), () -> deliberation.ask(panel.id(), topic, text));
    }

    private ProcessReference process(long questionId) {
        return new ProcessReference(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("question-" + questionId).singleResult().getId());
    }

    private DeliberationView.Question question(PanelView panel, long id) {
        return deliberation.view(panel.id()).questions().stream().filter(q -> q.id() == id).findFirst().orElseThrow();
    }
}
