package org.rbe.governance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every diagram in {@code processes/} is drawable, names its key after its file, and every user task has its form. */
class ProcessModelTests {

    private static List<Resource> diagrams() throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn"));
    }

    @Test
    void everyUserTaskNamesAFormThatExistsInForms() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Resource diagram : diagrams()) {
            BpmnModelInstance model = read(diagram);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String form = task.getCamundaFormRef();
                if (form == null || getClass().getClassLoader().getResource("forms/" + form + ".form") == null) {
                    missing.add(diagram.getFilename() + ": " + task.getId() + " -> " + form);
                }
            }
        }
        assertThat(diagrams()).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFlowNodeHasAShapeSoTheDiagramReadsInTheModeler() throws IOException {
        List<String> undrawn = new ArrayList<>();
        for (Resource diagram : diagrams()) {
            BpmnModelInstance model = read(diagram);
            List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).toList();
            model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .filter(id -> !drawn.contains(id)).forEach(id -> undrawn.add(diagram.getFilename() + ": " + id));
        }
        assertThat(undrawn).isEmpty();
    }

    @Test
    void theProcessKeyIsTheFileName() throws IOException {
        for (Resource diagram : diagrams()) {
            List<String> keys = read(diagram).getModelElementsByType(Process.class).stream().map(Process::getId).toList();
            assertThat(keys).contains(diagram.getFilename().replace(".bpmn", ""));
        }
    }

    private static BpmnModelInstance read(Resource diagram) throws IOException {
        try (InputStream in = diagram.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
