package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.security.Role;
import org.rbe.governance.ui.Notices;

/** Staff see every decision case and its stage; analysts open new cases on uploaded data. */
@Route("cases")
@PageTitle("Decision cases")
@Menu(order = 2, title = "nav.cases")
@RolesAllowed({"technocrat", "ethics", "clerk", "analyst", "admin"})
class CasesView extends VerticalLayout {
    private final CaseScreens screens;
    private final CorrelationCenter correlation;
    private final Grid<DecisionCaseView> grid = new Grid<>();

    CasesView(CaseScreens screens, CorrelationCenter correlation) {
        this.screens = screens;
        this.correlation = correlation;
        add(new H2(getTranslation("cases.title")));
        if (screens.currentUser().actor().has(Role.ANALYST)) {
            Button open = new Button(getTranslation("cases.open"), e -> openDialog());
            open.setId("open-case");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(open);
        }
        grid.setId("cases");
        grid.addColumn(c -> "#" + c.id()).setHeader("#").setAutoWidth(true);
        grid.addColumn(DecisionCaseView::title).setHeader(getTranslation("cases.caseTitle")).setFlexGrow(3);
        grid.addColumn(DecisionCaseView::topic).setHeader(getTranslation("cases.topic"));
        grid.addColumn(DecisionCaseView::region).setHeader(getTranslation("case.region"));
        grid.addColumn(c -> getTranslation("stage." + c.stage())).setHeader(getTranslation("cases.stage"));
        grid.addColumn(DecisionCaseView::round).setHeader(getTranslation("case.round")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().id())));
        grid.setItems(screens.cases().all());
        add(grid);
    }

    private void openDialog() {
        Dialog dialog = new Dialog(getTranslation("cases.open"));
        Select<DatasetSummary> dataset = new Select<>();
        dataset.setId("case-dataset");
        dataset.setLabel(getTranslation("cases.dataset"));
        dataset.setItems(correlation.datasets());
        dataset.setItemLabelGenerator(d -> d.fileName() + " · " + d.rows() + " · " + d.sha256().substring(0, 12));
        dataset.setHelperText(getTranslation("cases.datasetHint"));
        TextField title = new TextField(getTranslation("cases.caseTitle"));
        title.setId("case-title");
        TextField topic = new TextField(getTranslation("cases.topic"));
        topic.setId("case-topic");
        TextField region = new TextField(getTranslation("case.region"));
        region.setId("case-region");
        Button confirm = new Button(getTranslation("cases.start"), e -> {
            if (dataset.getValue() == null) {
                dataset.setInvalid(true);
                dataset.setErrorMessage(getTranslation("error.form.required"));
                return;
            }
            Notices.attempt(() -> {
                DecisionCaseView c = screens.cases().open(title.getValue(), topic.getValue(), region.getValue(),
                        dataset.getValue().id());
                dialog.close();
                Notices.success("cases.opened", c.id());
                getUI().ifPresent(ui -> ui.navigate("cases/" + c.id()));
            });
        });
        confirm.setId("start-case");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(dataset, title, topic, region));
        dialog.getFooter().add(new Button(getTranslation("case.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
