package org.rbe.governance.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbe.governance.cycle.CycleTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The ten-year due date is domain data: deploying new versions of the processes leaves it where it was. */
class ReviewDueDateTest extends CycleTestSupport {
    @Autowired
    ReviewSchedule schedule;
    @Autowired
    ConstitutionalReviews reviews;

    @ParameterizedTest
    @MethodSource("org.rbe.governance.testing.AwkwardDays#days")
    void redeployingEveryProcessAsANewVersionDoesNotMoveTheReviewDueDate(LocalDate day) throws IOException {
        clock.moveTo(day);
        LocalDate due = schedule.nextReviewDue();
        // Ten years after adoption, or a multiple of ten when a test already concluded a review.
        assertThat((due.getYear() - schedule.adoptedOn().getYear()) % 10).isZero();
        assertThat(due).isAfter(schedule.adoptedOn());
        RepositoryService repository = engine.getRepositoryService();
        List<Deployment> deployments = new ArrayList<>();
        try {
            for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                String xml = bpmn.getContentAsString(StandardCharsets.UTF_8);
                String key = bpmn.getFilename().replace(".bpmn", "");
                int before = latest(repository, key).getVersion();
                deployments.add(repository.createDeployment().name("redeploy " + key)
                        .addString(bpmn.getFilename(), xml.replace("exporterVersion=\"1\"", "exporterVersion=\"2\"")).deploy());
                assertThat(latest(repository, key).getVersion()).isEqualTo(before + 1);
            }
            assertThat(deployments).isNotEmpty();
            assertThat(schedule.nextReviewDue()).isEqualTo(due);
            assertThat(reviews.openIfDue(due.minusDays(1))).isEmpty();
            assertThat(reviews.openIfDue(day)).isEmpty();
            // No process carries a start timer that a redeploy could reset.
            assertThat(engine.getManagementService().createJobQuery().timers().list())
                    .noneMatch(job -> job.getProcessInstanceId() == null);
        } finally {
            deployments.forEach(d -> repository.deleteDeployment(d.getId(), true));
        }
    }

    private static ProcessDefinition latest(RepositoryService repository, String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }
}
