package org.rbe.governance.initiatives.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.ui.TaskContext;
import org.rbe.governance.workflow.TaskItem;

/**
 * Beside an initiative's task, the initiative itself and its analysis so far; for the clerk's step also the Correlation
 * Center's latest datasets, one of which the decision case will analyse.
 */
@org.springframework.stereotype.Component
class InitiativeTaskContext implements TaskContext {
    static final String OPEN_CASE_TASK = "Task_OpenDecisionCase";
    private static final int DATASETS_SHOWN = 10;
    private final Initiatives initiatives;
    private final CorrelationCenter correlation;
    private final CurrentUser currentUser;

    InitiativeTaskContext(Initiatives initiatives, CorrelationCenter correlation, CurrentUser currentUser) {
        this.initiatives = initiatives;
        this.correlation = correlation;
        this.currentUser = currentUser;
    }

    @Override
    public boolean handles(String processDefinitionKey) {
        return Initiatives.PROCESS_KEY.equals(processDefinitionKey);
    }

    @Override
    public com.vaadin.flow.component.Component beside(TaskItem task, Locale locale) {
        VerticalLayout beside = new VerticalLayout(new InitiativeDetails(initiatives, currentUser,
                CaseNumbers.idOf(task.caseId()), false));
        beside.setPadding(false);
        if (OPEN_CASE_TASK.equals(task.definitionKey())) {
            UnorderedList datasets = new UnorderedList();
            datasets.setId("initiative-datasets");
            correlation.datasets().stream().limit(DATASETS_SHOWN).forEach(d -> datasets.add(new ListItem(
                    Messages.get(locale, "initiatives.ui.dataset", d.id(), d.fileName(), d.rows()))));
            beside.add(new H3(Messages.get(locale, "initiatives.ui.datasets")), datasets);
        }
        return beside;
    }
}
