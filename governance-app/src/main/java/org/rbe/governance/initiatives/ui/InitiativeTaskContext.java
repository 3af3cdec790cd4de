package org.rbe.governance.initiatives.ui;

import java.util.Locale;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.TaskContext;
import org.rbe.governance.workflow.TaskItem;

/** Beside an initiative's task (the analysis, the clerk's step), the initiative itself and its analysis so far. */
@org.springframework.stereotype.Component
class InitiativeTaskContext implements TaskContext {
    private final Initiatives initiatives;
    private final CurrentUser currentUser;

    InitiativeTaskContext(Initiatives initiatives, CurrentUser currentUser) {
        this.initiatives = initiatives;
        this.currentUser = currentUser;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return Initiatives.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public com.vaadin.flow.component.Component beside(TaskItem task, Locale locale) {
        return new InitiativeDetails(initiatives, currentUser, CaseNumbers.idOf(task.caseId()), false);
    }
}
