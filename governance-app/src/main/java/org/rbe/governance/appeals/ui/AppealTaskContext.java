package org.rbe.governance.appeals.ui;

import java.util.Locale;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.TaskContext;
import org.rbe.governance.workflow.TaskItem;

/** Beside an appeal task (the expert's advice), the appeal itself: sanction, evidence, statement, panel, messages. */
@org.springframework.stereotype.Component
class AppealTaskContext implements TaskContext {
    private final AppealScreens screens;

    AppealTaskContext(AppealScreens screens) {
        this.screens = screens;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return "sanction-appeal".equals(processDefinitionKey);
    }

    @Override
    public com.vaadin.flow.component.Component beside(TaskItem task, Locale locale) {
        return new AppealDetails(screens, CaseNumbers.idOf(task.caseId()));
    }
}
