package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rbe.governance.decisions.CaseEvent;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.decisions.Stage;
import org.rbe.governance.ethics.VetoView;
import org.rbe.governance.scenarios.ScenarioView;
import org.rbe.governance.security.Role;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.voting.Turnout;
import org.rbe.governance.voting.VoteResult;

/**
 * Everything a person needs to judge a case beside their task: the learning material (comparison, expert reviews,
 * scenario cards with explanations and veto reasons), every round's vetoes, live turnout (never results before close)
 * and the timeline.
 */
class CaseContext extends Composite<VerticalLayout> {
    private final CaseScreens screens;
    private final long caseId;

    CaseContext(CaseScreens screens, long caseId) {
        this.screens = screens;
        this.caseId = caseId;
        getContent().setPadding(false);
        getContent().setId("case-context");
        refresh();
    }

    void refresh() {
        VerticalLayout box = getContent();
        box.removeAll();
        Locale locale = getLocale();
        DecisionCaseView c = screens.cases().get(caseId);
        box.add(new H3("#" + c.id() + " " + c.title()));
        Span stage = new Span(getTranslation("case.stageLine", getTranslation("stage." + c.stage()), c.round(), c.topic(),
                c.region()));
        stage.setId("case-stage");
        box.add(stage);
        if (c.round() > 0) {
            box.add(learningMaterial(c, locale));
        }
        addVetoes(box, screens.ethics().vetoes(caseId), c);
        screens.ballots().currentVote(caseId).ifPresent(voteId -> box.add(voteBox(voteId, locale)));
        box.add(timeline(screens.cases().timeline(caseId), locale));
    }

    private LearningMaterial learningMaterial(DecisionCaseView c, Locale locale) {
        Set<Long> vetoed = screens.ethics().vetoedScenarioIds(caseId, c.round());
        boolean canVeto = c.stage() == Stage.ETHICS && screens.currentUser().optionalActor()
                .map(a -> a.has(Role.ETHICS)).orElse(false);
        return new LearningMaterial(screens, caseId, c.round(), s -> {
            if (!canVeto || vetoed.contains(s.id())) {
                return List.of();
            }
            Button veto = new Button(getTranslation("case.veto"), e -> openVetoDialog(s, locale));
            veto.setId("veto-" + s.ordinal());
            veto.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return List.of(veto);
        });
    }

    private void openVetoDialog(ScenarioView s, Locale locale) {
        Dialog dialog = new Dialog(getTranslation("case.vetoTitle", s.title(locale)));
        TextArea reason = new TextArea(getTranslation("case.vetoReason"));
        reason.setId("veto-reason");
        reason.setWidth("32em");
        reason.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("case.vetoConfirm"), e -> {
            if (Notices.attempt(() -> screens.ethics().veto(caseId, s.id(), reason.getValue()))) {
                dialog.close();
                Notices.success("case.vetoRecorded");
                refresh();
            }
        });
        confirm.setId("veto-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("case.vetoPublic")), reason);
        dialog.getFooter().add(new Button(getTranslation("case.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void addVetoes(VerticalLayout box, List<VetoView> vetoes, DecisionCaseView c) {
        if (vetoes.isEmpty()) {
            return;
        }
        Grid<VetoView> grid = new Grid<>();
        grid.setId("vetoes");
        grid.addColumn(VetoView::round).setHeader(getTranslation("case.round")).setAutoWidth(true);
        grid.addColumn(v -> screens.scenarios().scenario(v.scenarioId()).title(getLocale())).setHeader(getTranslation("case.scenario"));
        grid.addColumn(VetoView::memberName).setHeader(getTranslation("case.member"));
        grid.addColumn(VetoView::reason).setHeader(getTranslation("case.reason")).setFlexGrow(3);
        grid.setItems(vetoes);
        grid.setAllRowsVisible(true);
        box.add(new H4(getTranslation("case.vetoes")), grid);
    }

    private Div voteBox(long voteId, Locale locale) {
        Div box = new Div();
        box.setId("vote-box");
        Turnout t = screens.ballots().turnout(voteId);
        box.add(new H4(getTranslation("case.vote")));
        Paragraph turnout = new Paragraph(getTranslation("case.turnout", t.voted(), t.eligible(),
                String.format(locale, "%.1f", t.percent())));
        turnout.setId("turnout");
        box.add(turnout);
        if (!t.closed()) {
            box.add(new Paragraph(getTranslation("case.resultsHidden", formatter(locale).format(t.deadline()))));
            LiveTurnout.follow(turnout, () -> {
                Turnout now = screens.ballots().turnout(voteId);
                return getTranslation("case.turnout", now.voted(), now.eligible(), String.format(locale, "%.1f", now.percent()));
            });
            return box;
        }
        VoteResult r = screens.ballots().result(voteId);
        Grid<java.util.Map.Entry<String, Integer>> totals = new Grid<>();
        totals.setId("totals");
        totals.addColumn(e -> screens.optionLabel(e.getKey(), locale)).setHeader(getTranslation("case.option"));
        totals.addColumn(java.util.Map.Entry::getValue).setHeader(getTranslation("case.votes"));
        totals.setItems(r.totals().entrySet());
        totals.setAllRowsVisible(true);
        box.add(new Paragraph(getTranslation("outcome." + r.outcome())), totals,
                new Paragraph("ru".equals(locale.getLanguage()) ? r.ruleDescriptionRu() : r.ruleDescriptionEn()));
        return box;
    }

    private Details timeline(List<CaseEvent> events, Locale locale) {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        DateTimeFormatter f = formatter(locale);
        events.forEach(e -> {
            String line = f.format(e.at()) + " · " + getTranslation("stage." + e.stage()) + " · " + e.text(locale);
            lines.add(CaseEvent.FROM_INITIATIVE.equals(e.messageKey()) && e.args().size() > 1
                    ? new Anchor("initiatives/" + e.args().get(1), line) : new Span(line));
        });
        Details details = new Details(getTranslation("case.timeline"), lines);
        details.setId("timeline");
        details.setOpened(true);
        return details;
    }

    static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
    }
}
