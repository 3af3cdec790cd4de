package org.rbe.governance.jury.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.rbe.governance.jury.internal.Infeasibility;
import org.rbe.governance.jury.internal.Legacy;
import org.rbe.governance.jury.internal.Leximin;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.jury.internal.SelectionRun;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;

/**
 * The sortition administrator's screen: load a pool with its quotas, edit the quotas against the pool's composition,
 * compute everyone's selection probability (LEXIMIN or LEGACY) without freezing the screen, publish the pre-draw
 * digests, draw with an announced seed and replace those who decline.
 */
@Route("admin/sortition")
@PageTitle("Sortition")
@Menu(order = 22, title = "nav.sortition")
@RolesAllowed("admin")
class SortitionView extends VerticalLayout {
    static final int POLL_MILLIS = 500;

    private final SelectionDesk desk;
    final PoolLoader loader;
    final QuotaEditor quotas = new QuotaEditor(this::quotasChanged);
    private final Div composition = new Div();
    final Select<String> algorithm = new Select<>();
    final Button compute = new Button();
    private final HorizontalLayout running = new HorizontalLayout();
    private final Paragraph summary = new Paragraph();
    private final Div distribution = new Div();
    private final Div infeasibility = new Div();
    final DrawSection draw = new DrawSection(this::panelChanged);
    private final VerticalLayout afterLoad = new VerticalLayout();
    private final VerticalLayout afterCompute = new VerticalLayout();
    private SelectionInstance loaded;
    private long computation;

    SortitionView(SelectionDesk desk) {
        this.desk = desk;
        this.loader = new PoolLoader(desk, this::loaded);
        setId("sortition");
        add(new H2(getTranslation("sortition.title")), new Paragraph(getTranslation("sortition.intro")),
                new H3(getTranslation("sortition.load.title")), loader);
        loader.panelSize.addValueChangeListener(e -> quotasChanged());
        composition.setId("composition");
        algorithm.setId("algorithm");
        algorithm.setLabel(getTranslation("sortition.compute.algorithm"));
        algorithm.setItems("leximin", "legacy");
        algorithm.setItemLabelGenerator(a -> getTranslation("sortition.compute.algorithm." + a));
        algorithm.setValue("leximin");
        algorithm.setWidth("18em");
        algorithm.addValueChangeListener(e -> quotasChanged());
        compute.setId("compute");
        compute.setText(getTranslation("sortition.compute.button"));
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> Notices.attempt(this::startComputation));
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("12em");
        Paragraph runningText = new Paragraph(getTranslation("sortition.compute.running", desk.budgetSeconds()));
        running.setId("compute-running");
        running.add(bar, runningText);
        running.setAlignItems(Alignment.CENTER);
        running.setVisible(false);
        summary.setId("probability-summary");
        infeasibility.setId("infeasibility");
        infeasibility.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "6px");
        infeasibility.setVisible(false);
        HorizontalLayout computeRow = new HorizontalLayout(algorithm, compute);
        computeRow.setAlignItems(Alignment.BASELINE);
        afterCompute.setPadding(false);
        afterCompute.add(summary, distribution, new H3(getTranslation("sortition.draw.title")), draw);
        afterCompute.setVisible(false);
        afterLoad.setPadding(false);
        afterLoad.add(new H3(getTranslation("sortition.quota.title")), quotas,
                new H3(getTranslation("sortition.composition.title")), composition,
                new H3(getTranslation("sortition.compute.title")), new Paragraph(getTranslation("sortition.compute.hint")),
                computeRow, running, infeasibility, afterCompute);
        afterLoad.setVisible(false);
        add(afterLoad);
    }

    private void loaded(SelectionInstance instance) {
        loaded = instance;
        quotas.show(instance);
        afterLoad.setVisible(true);
        quotasChanged();
    }

    /** The selection as edited: the loaded pool, the edited quotas and the panel size; empty while a quota is invalid. */
    Optional<SelectionInstance> current() {
        if (loaded == null) {
            return Optional.empty();
        }
        int k = loader.panelSize().orElse(loaded.k());
        return quotas.features().map(features -> loaded.withFeatures(features).withK(k));
    }

    /** Any change to the quotas, the panel size or the method makes earlier probabilities and draws stale. */
    void quotasChanged() {
        if (loaded == null) {
            return;
        }
        computation++;
        running.setVisible(false);
        compute.setEnabled(true);
        infeasibility.setVisible(false);
        afterCompute.setVisible(false);
        loader.panelSize().ifPresent(quotas::panelSize);
        showComposition(null);
    }

    private void showComposition(int[] panelCounts) {
        composition.removeAll();
        current().ifPresent(instance -> composition.add(Charts.holder("composition-chart",
                Charts.composition(instance, panelCounts, getLocale()))));
    }

    private void panelChanged(DrawnPanel drawn) {
        showComposition(drawn.counts());
    }

    private void startComputation() {
        SelectionInstance instance = current().orElseThrow(() -> new UserFacingException("sortition.compute.fixQuotas"));
        String method = algorithm.getValue();
        UI ui = UI.getCurrent();
        long token = ++computation;
        infeasibility.setVisible(false);
        afterCompute.setVisible(false);
        compute.setEnabled(false);
        running.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        desk.compute(instance, method).whenComplete((prepared, error) -> ui.access(() -> {
            if (token != computation) {
                return;
            }
            ui.setPollInterval(-1);
            running.setVisible(false);
            compute.setEnabled(true);
            if (error == null) {
                showProbabilities(prepared);
            } else {
                showFailure(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }));
    }

    private void showProbabilities(SelectionRun.Prepared prepared) {
        SelectionInstance instance = prepared.instance();
        double uniform = (double) instance.k() / instance.size();
        String text = getTranslation("sortition.compute.summary", prepared.selector().algorithm(), instance.size(),
                instance.k(), prepared.minimumProbability(), uniform, prepared.gini(), prepared.seconds());
        if (prepared.selector() instanceof org.rbe.governance.jury.internal.Lottery lottery
                && lottery.stats().shareOfBound() < 0.9999) {
            text += " " + getTranslation("sortition.compute.share", lottery.stats().shareOfBound());
        }
        summary.setText(text);
        distribution.removeAll();
        distribution.add(Charts.holder("distribution-chart", Charts.distribution(prepared.probabilities(), instance.k(),
                getLocale())));
        draw.prepare(prepared);
        afterCompute.setVisible(true);
    }

    private void showFailure(Throwable error) {
        infeasibility.removeAll();
        Locale locale = getLocale();
        if (error instanceof SelectionRun.InfeasibleQuotas infeasible) {
            Infeasibility.Explanation why = infeasible.explanation();
            infeasibility.add(new H4(Messages.get(locale, "jury.infeasible.title")));
            UnorderedList problems = new UnorderedList();
            problems.setId("infeasible-problems");
            why.findings().forEach(p -> problems.add(new ListItem(p.text(locale))));
            infeasibility.add(problems);
            if (why.relaxation().isEmpty()) {
                infeasibility.add(new Paragraph(Messages.get(locale, "jury.infeasible.noRelaxation")));
            } else {
                UnorderedList changes = new UnorderedList();
                changes.setId("infeasible-relaxation");
                why.relaxation().forEach(c -> changes.add(new ListItem(c.text(locale))));
                Button apply = new Button(getTranslation("sortition.compute.applyRelaxation"), e -> applyRelaxation(why));
                apply.setId("apply-relaxation");
                infeasibility.add(new Paragraph(why.relaxationHeading(locale)), changes, apply);
            }
        } else if (error instanceof Leximin.OutOfTime) {
            infeasibility.add(new Paragraph(getTranslation("sortition.compute.outOfTime", desk.budgetSeconds())));
        } else if (error instanceof Legacy.NoPanel) {
            infeasibility.add(new Paragraph(getTranslation("sortition.compute.legacyNoPanel")));
        } else if (error instanceof UserFacingException e) {
            infeasibility.add(new Paragraph(Messages.get(locale, e.messageKey(), e.args())));
        } else {
            infeasibility.add(new Paragraph(getTranslation("sortition.compute.failed", String.valueOf(error.getMessage()))));
        }
        infeasibility.setVisible(true);
    }

    /** Puts the suggested bounds into the editor (the administrator still computes again). */
    private void applyRelaxation(Infeasibility.Explanation why) {
        for (Infeasibility.Change change : why.relaxation()) {
            int f = loaded.features().stream().map(SelectionInstance.Feature::label).toList().indexOf(change.feature().label());
            if (f >= 0) {
                ("min".equals(change.bound()) ? quotas.minField(f) : quotas.maxField(f)).setValue(String.valueOf(change.to()));
            }
        }
    }
}
