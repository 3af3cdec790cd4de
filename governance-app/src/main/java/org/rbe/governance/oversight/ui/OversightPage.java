package org.rbe.governance.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.oversight.CivicOversight;
import org.rbe.governance.oversight.OversightView;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;

/**
 * Civic oversight, readable without a login: anyone asks for a check of a published decision (nothing about them is
 * kept) and reads every check's finding and reasons; a citizen drawn for a check accepts, deliberates and casts their
 * finding here.
 */
@Route("oversight")
@PageTitle("Civic oversight")
@Menu(order = 8, title = "nav.oversight")
@AnonymousAllowed
class OversightPage extends VerticalLayout {
    private final CivicOversight oversight;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final CurrentUser currentUser;

    OversightPage(CivicOversight oversight, Sortition sortition, BallotBox ballots, CurrentUser currentUser) {
        this.oversight = oversight;
        this.sortition = sortition;
        this.ballots = ballots;
        this.currentUser = currentUser;
        setId("oversight");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("oversight.ui.title")), new Paragraph(getTranslation("oversight.ui.intro")),
                requestForm(), new H3(getTranslation("oversight.ui.checks")));
        List<OversightView> checks = oversight.all();
        if (checks.isEmpty()) {
            add(new Paragraph(getTranslation("oversight.ui.none")));
        }
        checks.forEach(c -> add(check(c)));
    }

    private VerticalLayout requestForm() {
        TextField decision = new TextField(getTranslation("oversight.ui.decision"));
        decision.setId("oversight-decision");
        decision.setPlaceholder("#12");
        TextArea concern = new TextArea(getTranslation("oversight.ui.concern"));
        concern.setId("oversight-concern");
        concern.setMaxLength(CivicOversight.MAX_CONCERN);
        concern.setHelperText(getTranslation("oversight.ui.concernHelp", CivicOversight.MIN_CONCERN,
                CivicOversight.MAX_CONCERN));
        concern.setWidthFull();
        Button send = new Button(getTranslation("oversight.ui.send"), e -> {
            OversightView[] sent = new OversightView[1];
            if (Notices.attempt(() -> sent[0] = oversight.request(decisionNumber(decision.getValue()),
                    concern.getValue()))) {
                Notices.success("oversight.ui.sent", sent[0].label());
                refresh();
            }
        });
        send.setId("oversight-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("oversight.ui.request")), decision, concern, send);
        form.setPadding(false);
        return form;
    }

    /** "#12" or "12": the register's number of a decision case. */
    private static long decisionNumber(String typed) {
        String digits = typed == null ? "" : typed.strip().replaceFirst("^#", "");
        if (!digits.matches("\\d{1,9}")) {
            throw new UserFacingException("oversight.error.notPublished", typed == null ? "" : typed.strip());
        }
        return Long.parseLong(digits);
    }

    private VerticalLayout check(OversightView c) {
        VerticalLayout box = new VerticalLayout();
        box.setId("oversight-" + c.id());
        box.setPadding(false);
        box.add(new Paragraph(getTranslation("oversight.ui.line", c.label(), CaseNumbers.label(c.decisionCase()),
                getTranslation("oversight.stage." + c.stage()))), new Paragraph(getTranslation("oversight.ui.concernLine",
                c.concern())));
        if (c.finding() != null) {
            box.add(new Paragraph(getTranslation("oversight.ui.finding", getTranslation("oversight.finding." + c.finding()),
                    c.votesSound(), c.votesFlawed())));
            if (c.findingText() != null && !c.findingText().isBlank()) {
                box.add(new Paragraph(getTranslation("oversight.ui.reasons", c.findingText())));
            }
        }
        if (c.documentId() != null) {
            box.add(new Paragraph(getTranslation("oversight.ui.minutes", c.documentId())));
        }
        if (c.panelId() != null) {
            box.add(new Anchor("deliberation/" + c.panelId(), getTranslation("oversight.ui.deliberation")));
            currentUser.optionalActor().map(a -> a.citizenId()).filter(id -> c.voteId() != null && c.finding() == null
                    && sortition.isActiveMember(c.panelId(), id)).ifPresent(id -> box.add(
                    sortition.isAcceptedMember(c.panelId(), id) ? ballot(c) : invitation(c)));
        }
        return box;
    }

    private VerticalLayout invitation(OversightView c) {
        Button accept = new Button(getTranslation("oversight.ui.accept"), e -> {
            if (Notices.attempt(() -> sortition.accept(c.panelId()))) {
                refresh();
            }
        });
        accept.setId("oversight-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("oversight.ui.decline"), e -> {
            if (Notices.attempt(() -> sortition.decline(c.panelId()))) {
                refresh();
            }
        });
        decline.setId("oversight-decline");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("oversight.ui.invited")), accept, decline);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout ballot(OversightView c) {
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("oversight.ui.member")),
                new Paragraph(getTranslation("oversight.ui.deadline", DateTimeFormatter.ofLocalizedDateTime(
                        FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(c.voteDeadline()))));
        form.setPadding(false);
        if (ballots.hasVoted(c.voteId())) {
            form.add(new Paragraph(getTranslation("oversight.ui.voted", ballots.myReceipt(c.voteId())
                    .map(BallotReceipt::receipt).orElse(""))));
            return form;
        }
        RadioButtonGroup<String> finding = new RadioButtonGroup<>(getTranslation("oversight.ui.choose"));
        finding.setId("oversight-finding");
        finding.setItems(ballots.options(c.voteId()));
        finding.setItemLabelGenerator(o -> getTranslation("oversight.option." + o));
        Button cast = new Button(getTranslation("oversight.ui.cast"), e -> {
            if (finding.getValue() == null) {
                Notices.error(new UserFacingException("oversight.ui.chooseOne"));
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("oversight.ui.cast"),
                    getTranslation("oversight.option." + finding.getValue()), getTranslation("oversight.ui.cast"),
                    ok -> {
                        if (Notices.attempt(() -> ballots.cast(c.voteId(), finding.getValue()))) {
                            refresh();
                        }
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        cast.setId("oversight-cast");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(finding, cast);
        return form;
    }
}
