package org.rbe.governance.correlation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.correlation.Finding;

/** The datasets grid and, for the selected dataset, its findings with significant links first. */
class DatasetGrids extends Composite<VerticalLayout> {
    private final CorrelationCenter center;
    private final Grid<DatasetSummary> datasets = new Grid<>();
    private final Grid<Finding> findings = new Grid<>();
    private final H3 findingsTitle = new H3();
    private final Paragraph pickHint = new Paragraph();

    DatasetGrids(CorrelationCenter center) {
        this.center = center;
        VerticalLayout box = getContent();
        box.setPadding(false);
        Locale locale = getLocale();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        datasets.setId("datasets");
        datasets.addColumn(DatasetSummary::fileName).setHeader(getTranslation("correlation.ui.file")).setFlexGrow(2);
        datasets.addColumn(DatasetSummary::rows).setHeader(getTranslation("correlation.ui.rows")).setAutoWidth(true);
        datasets.addColumn(DatasetSummary::indicators).setHeader(getTranslation("correlation.ui.indicators")).setAutoWidth(true);
        datasets.addColumn(d -> d.sha256().substring(0, Math.min(12, d.sha256().length())) + "…")
                .setHeader("SHA-256").setTooltipGenerator(DatasetSummary::sha256).setAutoWidth(true);
        datasets.addColumn(DatasetSummary::uploadedBy).setHeader(getTranslation("correlation.ui.uploadedBy"));
        datasets.addColumn(d -> time.format(d.uploadedAt())).setHeader(getTranslation("correlation.ui.uploadedAt"));
        datasets.setAllRowsVisible(true);
        datasets.asSingleSelect().addValueChangeListener(e -> showFindings(e.getValue()));
        findings.setId("findings");
        findings.addColumn(Finding::indicatorA).setHeader("A").setFlexGrow(2);
        findings.addColumn(Finding::indicatorB).setHeader("B").setFlexGrow(2);
        findings.addColumn(Finding::n).setHeader("n").setAutoWidth(true);
        findings.addColumn(f -> String.format(locale, "%.3f", f.r())).setHeader("r").setAutoWidth(true);
        findings.addColumn(f -> f.pValue() < 0.0001 ? "< 0.0001" : String.format(locale, "%.4f", f.pValue()))
                .setHeader("p").setAutoWidth(true);
        findings.addComponentColumn(this::badge).setHeader(getTranslation("correlation.ui.significance")).setAutoWidth(true);
        findings.setAllRowsVisible(true);
        findingsTitle.setId("findings-title");
        pickHint.setText(getTranslation("correlation.ui.pickDataset"));
        box.add(datasets, pickHint, findingsTitle, findings);
        findingsTitle.setVisible(false);
        findings.setVisible(false);
    }

    void show(List<DatasetSummary> all) {
        datasets.setItems(all);
        pickHint.setVisible(!all.isEmpty());
    }

    void select(DatasetSummary dataset) {
        datasets.select(dataset);
    }

    private void showFindings(DatasetSummary dataset) {
        findingsTitle.setVisible(dataset != null);
        findings.setVisible(dataset != null);
        pickHint.setVisible(dataset == null);
        if (dataset == null) {
            return;
        }
        findingsTitle.setText(getTranslation("correlation.ui.findings", dataset.fileName()));
        findings.setItems(center.findings(dataset.id()).stream()
                .sorted(Comparator.comparing((Finding f) -> !f.significant()).thenComparingDouble(Finding::pValue))
                .toList());
    }

    private Span badge(Finding f) {
        Span badge = new Span(getTranslation(f.significant() ? "correlation.ui.significant" : "correlation.ui.notSignificant"));
        badge.getElement().getThemeList().add(f.significant() ? "badge success" : "badge contrast");
        return badge;
    }
}
