package org.rbe.governance.appeals.ui;

import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rbe.governance.appeals.NewSanction;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.ui.Notices;

/** The administrator records sanctions (who, rule, level, measure, evidence, date) and sees every sanction's status. */
@Route("admin/sanctions")
@PageTitle("Sanctions")
@Menu(order = 20, title = "nav.sanctionsAdmin")
@RolesAllowed("admin")
class SanctionsAdminView extends VerticalLayout {
    private final AppealScreens screens;
    private final Grid<SanctionView> grid = new Grid<>();
    final IntegerField citizen = new IntegerField();
    final TextField ruleCode = new TextField();
    final TextField ruleText = new TextField();
    final Select<Integer> level = new Select<>();
    final TextField measure = new TextField();
    final Checkbox isolation = new Checkbox();
    final TextArea evidence = new TextArea();
    final DatePicker imposedOn = new DatePicker();

    private final Clock clock;
    SanctionsAdminView(AppealScreens screens, Clock clock) {
        this.clock = clock;
        this.screens = screens;
        setId("sanctions-admin");
        add(new H2(getTranslation("sanctions.admin.title")), new Paragraph(getTranslation("sanctions.admin.intro")));
        add(new H3(getTranslation("sanctions.admin.new")), form());
        grid.setId("sanctions");
        grid.addColumn(SanctionView::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.citizenName() + " (" + s.citizenId() + ")").setHeader(getTranslation("sanctions.who"));
        grid.addColumn(s -> s.ruleCode() + " · " + getTranslation("sanctions.levelN", s.level())).setHeader(getTranslation("sanctions.rule"));
        grid.addColumn(SanctionView::currentMeasure).setHeader(getTranslation("sanctions.measure")).setFlexGrow(3);
        grid.addColumn(s -> AppealScreens.date(getLocale()).format(s.imposedOn())).setHeader(getTranslation("sanctions.date"));
        grid.addColumn(s -> getTranslation("appeals.status." + s.status())).setHeader(getTranslation("sanctions.status"));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("sanctions.admin.all")), grid);
        refresh();
    }

    private FormLayout form() {
        citizen.setLabel(getTranslation("sanctions.citizenId"));
        citizen.setId("sanction-citizen");
        ruleCode.setLabel(getTranslation("sanctions.ruleCode"));
        ruleCode.setId("sanction-rule-code");
        ruleText.setLabel(getTranslation("sanctions.ruleText"));
        ruleText.setId("sanction-rule-text");
        level.setLabel(getTranslation("sanctions.level"));
        level.setItems(1, 2, 3);
        level.setItemLabelGenerator(l -> getTranslation("sanctions.levelName." + l));
        level.setValue(1);
        level.setId("sanction-level");
        measure.setLabel(getTranslation("sanctions.measure"));
        measure.setHelperText(getTranslation("sanctions.measureHint"));
        measure.setId("sanction-measure");
        isolation.setLabel(getTranslation("sanctions.isolation"));
        isolation.setId("sanction-isolation");
        evidence.setLabel(getTranslation("sanctions.evidence"));
        evidence.setId("sanction-evidence");
        imposedOn.setLabel(getTranslation("sanctions.date"));
        imposedOn.setValue(LocalDate.now(clock));
        imposedOn.setMax(LocalDate.now(clock));
        imposedOn.setId("sanction-date");
        Button record = new Button(getTranslation("sanctions.record"), e -> record());
        record.setId("record-sanction");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(citizen, ruleCode, ruleText, level, measure, isolation, evidence, imposedOn, record);
        form.setColspan(evidence, 2);
        return form;
    }

    void record() {
        NewSanction sanction = new NewSanction(citizen.getValue() == null ? 0 : citizen.getValue(), ruleCode.getValue(),
                ruleText.getValue(), level.getValue() == null ? 0 : level.getValue(), measure.getValue(),
                isolation.getValue(), evidence.getValue(), imposedOn.getValue());
        if (Notices.attempt(() -> screens.sanctions().impose(sanction))) {
            Notices.success("sanctions.recorded");
            ruleText.clear();
            measure.clear();
            evidence.clear();
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(screens.sanctions().all());
    }
}
