package org.rbe.governance.constitution.ui;

import java.util.Locale;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.TaskContext;
import org.rbe.governance.workflow.TaskItem;
import org.springframework.stereotype.Component;

/** Beside a review task (clerk, experts, ethics council), the review and its amendments, with the vetoes. */
@Component
class ReviewTaskContext implements TaskContext {
    private final ConstitutionScreens screens;

    ReviewTaskContext(ConstitutionScreens screens) {
        this.screens = screens;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return "constitutional-review".equals(processDefinitionKey);
    }

    @Override
    public com.vaadin.flow.component.Component beside(TaskItem task, Locale locale) {
        return new ReviewDetails(screens, CaseNumbers.idOf(task.caseId()));
    }
}
