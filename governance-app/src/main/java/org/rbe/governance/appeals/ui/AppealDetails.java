package org.rbe.governance.appeals.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.appeals.AppealPanelView;
import org.rbe.governance.appeals.AppealView;
import org.rbe.governance.appeals.SanctionView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.security.Actor;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.voting.BallotReceipt;
import org.rbe.governance.voting.Turnout;
import org.rbe.governance.voting.VoteResult;

/**
 * One appeal as the people in it see it: the sanction, evidence and statement; the panel with its hearing date and
 * deadline; the expert's advice and the measure proposed for "modify"; the hearing's messages; the invitation for
 * a drawn citizen; the secret ballot for an accepted panelist; the totals once the vote has closed.
 */
class AppealDetails extends Composite<VerticalLayout> {
    private final AppealScreens screens;
    private final long appealId;

    AppealDetails(AppealScreens screens, long appealId) {
        this.screens = screens;
        this.appealId = appealId;
        getContent().setId("appeal-" + appealId);
        render();
    }

    void render() {
        VerticalLayout box = getContent();
        box.removeAll();
        Locale locale = getLocale();
        DateTimeFormatter time = AppealScreens.time(locale);
        AppealView appeal = screens.appeals().get(appealId);
        SanctionView sanction = screens.sanctions().get(appeal.sanctionId());
        Span stage = new Span(getTranslation("appeals.stage." + appeal.stage()));
        stage.setId("appeal-stage");
        stage.getElement().getThemeList().add("badge");
        box.add(new H2(getTranslation("appeal.heading", appeal.id(), sanction.id())), stage);
        if (appeal.outcome() != null) {
            Paragraph outcome = new Paragraph(getTranslation("appeals.outcome." + appeal.outcome(),
                    appeal.decidedMeasure() == null ? "" : appeal.decidedMeasure()));
            outcome.setId("appeal-outcome");
            box.add(outcome);
        }
        box.add(new H3(getTranslation("appeal.sanction")),
                new Paragraph(sanction.ruleCode() + " · " + getTranslation("sanctions.levelN", sanction.level()) + " · "
                        + sanction.ruleText()),
                new Paragraph(getTranslation("sanctions.measure") + ": " + sanction.currentMeasure()),
                new Paragraph(getTranslation("sanctions.evidence") + ": " + sanction.evidence()),
                new H3(getTranslation("appeal.statement")), new Paragraph(appeal.statement()));
        screens.appeals().attachments(appealId).forEach(a -> box.add(new Paragraph("📎 " + a.fileName() + " ("
                + a.size() + " B, SHA-256 " + a.sha256() + ")")));
        Optional<AppealPanelView> current = screens.appeals().currentPanel(appealId);
        current.ifPresent(panel -> {
            box.add(new H3(getTranslation("appeal.panel", panel.round())),
                    new Paragraph(getTranslation("appeal.panelLine", time.format(panel.hearingAt()),
                            time.format(panel.decisionDeadline()), panel.expert(), panel.members().stream()
                                    .filter(m -> "ACCEPTED".equals(m.status())).count(), panel.members().stream()
                                    .filter(m -> !"DECLINED".equals(m.status())).count())));
            if (panel.advice() != null) {
                box.add(new Paragraph(getTranslation("appeal.advice", getTranslation("appeals.advice." + panel.advice()),
                        panel.adviceText())));
            }
            if (panel.proposedMeasure() != null) {
                box.add(new Paragraph(getTranslation("appeal.proposed", panel.proposedMeasure(), panel.proposedBy())));
            }
            myInvitation(panel).ifPresent(m -> box.add(invitation(panel)));
        });
        box.add(messages(appeal, time));
        current.filter(p -> p.voteId() != null).ifPresent(panel -> box.add(vote(appeal, panel)));
    }

    private Optional<MemberView> myInvitation(AppealPanelView panel) {
        Long me = screens.currentUser().actor().citizenId();
        return panel.members().stream().filter(m -> me != null && m.citizenId() == me && "INVITED".equals(m.status()))
                .findFirst();
    }

    private HorizontalLayout invitation(AppealPanelView panel) {
        Button accept = new Button(getTranslation("juryDuty.accept"), e -> {
            if (Notices.attempt(() -> screens.sortition().accept(panel.juryPanelId()))) {
                render();
            }
        });
        accept.setId("accept-appeal-panel");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("juryDuty.decline"), e -> {
            if (Notices.attempt(() -> screens.sortition().decline(panel.juryPanelId()))) {
                render();
            }
        });
        decline.setId("decline-appeal-panel");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(new Span(getTranslation("appeal.invited")), accept, decline);
    }

    private VerticalLayout messages(AppealView appeal, DateTimeFormatter time) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("appeal.messages")));
        box.setPadding(false);
        box.setId("appeal-messages");
        screens.appeals().messages(appealId).forEach(m -> box.add(new Paragraph(time.format(m.postedAt()) + " · "
                + m.authorName() + " (" + getTranslation("appeal.role." + m.authorRole()) + "): " + m.body())));
        if (AppealView.HEARING.equals(appeal.stage())) {
            TextArea text = new TextArea(getTranslation("appeal.writeMessage"));
            text.setId("appeal-message");
            text.setWidthFull();
            Button post = new Button(getTranslation("appeal.post"), e -> {
                if (Notices.attempt(() -> screens.appeals().post(appealId, text.getValue()))) {
                    render();
                }
            });
            post.setId("post-message");
            box.add(text, post);
            Long me = screens.currentUser().actor().citizenId();
            if (me != null && me == appeal.appellantId()) {
                return box;
            }
            TextField measure = new TextField(getTranslation("appeal.proposeMeasure"));
            measure.setId("proposed-measure");
            measure.setWidthFull();
            Button propose = new Button(getTranslation("appeal.propose"), e -> {
                if (Notices.attempt(() -> screens.appeals().proposeMeasure(appealId, measure.getValue()))) {
                    render();
                }
            });
            propose.setId("propose-measure");
            box.add(measure, propose);
        }
        return box;
    }

    private VerticalLayout vote(AppealView appeal, AppealPanelView panel) {
        long voteId = panel.voteId();
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("appeal.vote")));
        box.setPadding(false);
        box.setId("appeal-vote");
        Turnout t = screens.ballots().turnout(voteId);
        box.add(new Paragraph(getTranslation("appeal.turnout", t.voted(), t.eligible())));
        if (t.closed()) {
            VoteResult r = screens.ballots().result(voteId);
            r.totals().forEach((option, votes) -> box.add(new Paragraph(label(option, panel) + ": " + votes)));
            return box;
        }
        Actor me = screens.currentUser().actor();
        boolean accepted = me.citizenId() != null && screens.sortition().isAcceptedMember(panel.juryPanelId(), me.citizenId());
        if (!accepted) {
            box.add(new Paragraph(getTranslation("appeal.resultsHidden")));
            return box;
        }
        if (screens.ballots().hasVoted(voteId)) {
            Paragraph voted = new Paragraph(getTranslation("juryDuty.youHaveVoted"));
            voted.setId("appeal-voted");
            box.add(voted);
            return box;
        }
        RadioButtonGroup<String> choice = new RadioButtonGroup<>(getTranslation("juryDuty.yourChoice"));
        choice.setId("appeal-choice");
        choice.setItems(screens.ballots().options(voteId));
        choice.setItemLabelGenerator(o -> label(o, panel));
        Button cast = new Button(getTranslation("juryDuty.cast"), e -> {
            if (choice.getValue() == null) {
                Notification.show(getTranslation("juryDuty.chooseFirst"));
                return;
            }
            BallotReceipt[] receipt = new BallotReceipt[1];
            if (Notices.attempt(() -> receipt[0] = screens.ballots().cast(voteId, choice.getValue()))) {
                Notices.success("appeal.cast", receipt[0].receipt());
                render();
            }
        });
        cast.setId("appeal-cast");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new Paragraph(getTranslation("juryDuty.secret")), choice, cast);
        return box;
    }

    private String label(String option, AppealPanelView panel) {
        String label = getTranslation("appeals.option." + option);
        return "MODIFY".equals(option) && panel.proposedMeasure() != null ? label + ": " + panel.proposedMeasure() : label;
    }
}
