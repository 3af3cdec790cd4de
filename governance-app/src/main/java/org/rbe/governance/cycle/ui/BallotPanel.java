package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.Turnout;
import org.rbe.governance.voting.VoteResult;

/**
 * A juror's ballot for one vote: a choice among the scenarios still standing (the learning material above it shows
 * them) or "return for rework";
 * after casting, the receipt and the turnout; the totals only once the vote has closed.
 */
class BallotPanel extends Composite<VerticalLayout> {
    private final CaseScreens screens;
    private final DecisionCaseView c;
    private final long voteId;
    private BallotReceipt receipt;

    BallotPanel(CaseScreens screens, DecisionCaseView c, long voteId) {
        this.screens = screens;
        this.c = c;
        this.voteId = voteId;
        getContent().setPadding(false);
        getContent().setId("ballot-" + voteId);
        render();
    }

    private void render() {
        VerticalLayout box = getContent();
        box.removeAll();
        Locale locale = getLocale();
        BallotBox ballots = screens.ballots();
        Turnout t = ballots.turnout(voteId);
        box.add(new H4(getTranslation("case.vote")));
        if (receipt == null && !t.closed() && ballots.hasVoted(voteId)) {
            // "my receipt": while the vote is open the ballot box still finds the voter's current ballot
            try {
                receipt = ballots.myReceipt(voteId).orElse(null);
            } catch (UserFacingException closedMeanwhile) {
                receipt = null;
            }
        }
        if (receipt != null) {
            box.add(receiptBox());
        }
        if (t.closed()) {
            Anchor check = new Anchor("receipts?vote=" + voteId + (receipt == null ? "" : "&receipt=" + receipt.receipt()),
                    getTranslation("ballot.checkReceipt"));
            check.setId("check-receipt");
            box.add(turnout(t, locale), results(ballots.result(voteId), locale), check);
        } else if (receipt != null || ballots.hasVoted(voteId)) {
            Paragraph voted = new Paragraph(getTranslation("juryDuty.youHaveVoted"));
            voted.setId("you-have-voted");
            box.add(voted, turnout(t, locale),
                    new Paragraph(getTranslation("case.resultsHidden", CaseContext.formatter(locale).format(t.deadline()))));
        } else {
            ballotForm(box, t, locale);
        }
    }

    private void ballotForm(VerticalLayout box, Turnout t, Locale locale) {
        List<String> options = screens.ballots().options(voteId);
        RadioButtonGroup<String> choice = new RadioButtonGroup<>(getTranslation("juryDuty.yourChoice"));
        choice.setId("ballot-choice");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setItems(options);
        choice.setItemLabelGenerator(o -> screens.optionLabel(o, locale));
        Button cast = new Button(getTranslation("juryDuty.cast"), e -> confirm(choice.getValue(), locale));
        cast.setId("cast-ballot");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new Paragraph(getTranslation("juryDuty.readFirst")), new Paragraph(getTranslation("juryDuty.secret")),
                choice, cast, turnout(t, locale));
    }

    /** Casting is confirmed first: the juror sees the option they chose before the ballot goes in. */
    private void confirm(String option, Locale locale) {
        if (option == null) {
            Notices.error(new UserFacingException("juryDuty.chooseFirst"));
            return;
        }
        Dialog dialog = new Dialog(getTranslation("juryDuty.confirmTitle"));
        dialog.setId("cast-confirm-dialog");
        dialog.add(new Paragraph(getTranslation("juryDuty.confirmText", screens.optionLabel(option, locale))));
        Button yes = new Button(getTranslation("juryDuty.confirmCast"), e -> {
            dialog.close();
            cast(option);
        });
        yes.setId("cast-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("case.cancel"), e -> dialog.close());
        no.setId("cast-cancel");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void cast(String option) {
        if (Notices.attempt(() -> receipt = screens.ballots().cast(voteId, option))) {
            Notices.success("juryDuty.ballotCast");
        }
        render();
    }

    private Div receiptBox() {
        Div box = new Div();
        box.setId("receipt-box");
        box.getStyle().set("border", "2px solid var(--lumo-success-color)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-success-color-10pct)");
        Span hash = new Span(receipt.receipt());
        hash.setId("receipt");
        hash.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("font-weight", "bold").set("word-break", "break-all");
        String castAt = CaseContext.formatter(getLocale()).format(receipt.castAt());
        box.add(new H4(getTranslation("juryDuty.receiptTitle")), hash,
                new Paragraph(getTranslation("juryDuty.receiptHint", castAt)), receiptActions(castAt));
        return box;
    }

    /** Keep the receipt: copy it, download it as a text file, or open the page that checks it. */
    private com.vaadin.flow.component.orderedlayout.FlexLayout receiptActions(String castAt) {
        String code = receipt.receipt();
        Button copy = new Button(getTranslation("juryDuty.receiptCopy"), e -> {
            e.getSource().getElement().executeJs("return navigator.clipboard.writeText($0)", code);
            Notices.success("juryDuty.receiptCopied");
        });
        copy.setId("receipt-copy");
        String check = "receipts?vote=" + voteId + "&receipt=" + code;
        byte[] file = getTranslation("juryDuty.receiptFile", voteId, code, castAt, check)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Anchor download = new Anchor(new com.vaadin.flow.server.StreamResource("ballot-receipt-" + voteId + ".txt",
                () -> new java.io.ByteArrayInputStream(file)), getTranslation("juryDuty.receiptDownload"));
        download.getElement().setAttribute("download", true);
        download.setId("receipt-download");
        Anchor verify = new Anchor(check, getTranslation("juryDuty.receiptCheck"));
        verify.setId("receipt-check");
        var actions = new com.vaadin.flow.component.orderedlayout.FlexLayout(copy, download, verify);
        actions.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        return actions;
    }

    private Paragraph turnout(Turnout t, Locale locale) {
        Paragraph p = new Paragraph(getTranslation("case.turnout", t.voted(), t.eligible(),
                String.format(locale, "%.1f", t.percent())));
        p.setId("turnout");
        if (!t.closed()) {
            LiveTurnout.follow(p, () -> {
                Turnout now = screens.ballots().turnout(voteId);
                return getTranslation("case.turnout", now.voted(), now.eligible(), String.format(locale, "%.1f", now.percent()));
            });
        }
        return p;
    }

    private Div results(VoteResult r, Locale locale) {
        Grid<Map.Entry<String, Integer>> totals = new Grid<>();
        totals.setId("totals");
        totals.addColumn(e -> screens.optionLabel(e.getKey(), locale)).setHeader(getTranslation("case.option"));
        totals.addColumn(Map.Entry::getValue).setHeader(getTranslation("case.votes"));
        totals.setItems(r.totals().entrySet());
        totals.setAllRowsVisible(true);
        Paragraph outcome = new Paragraph(getTranslation("juryDuty.closed", getTranslation("outcome." + r.outcome())));
        outcome.setId("vote-outcome");
        return new Div(outcome, totals,
                new Paragraph("ru".equals(locale.getLanguage()) ? r.ruleDescriptionRu() : r.ruleDescriptionEn()));
    }
}
