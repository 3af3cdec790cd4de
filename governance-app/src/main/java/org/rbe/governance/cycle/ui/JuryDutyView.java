package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.rbe.governance.decisions.DecisionCaseView;
import org.rbe.governance.jury.InvitationView;
import org.rbe.governance.proceedings.ui.DeliberationPanel;
import org.rbe.governance.ui.Notices;

/**
 * A citizen's jury duty: their invitations with accept / decline while invited, and for an accepted
 * invitation whose case is being voted on, a button to the ballot, the learning material, the deliberation and the
 * secret ballot with its receipt.
 */
@Route("jury")
@PageTitle("Jury duty")
@Menu(order = 1, title = "nav.jury")
@PermitAll
class JuryDutyView extends VerticalLayout {
    static final String INVITED = "INVITED";
    static final String ACCEPTED = "ACCEPTED";
    static final String JURY = "jury";

    private final CaseScreens screens;

    JuryDutyView(CaseScreens screens) {
        this.screens = screens;
        setId("jury-duty");
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("juryDuty.title")), new Paragraph(getTranslation("juryDuty.intro")));
        // Appeal panels and assemblies have their own screens; this one shows decision juries only.
        List<InvitationView> invitations = screens.sortition().myInvitations().stream()
                .filter(i -> JURY.equals(i.purpose())).toList();
        if (invitations.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("juryDuty.empty"));
            empty.setId("jury-empty");
            add(empty);
            return;
        }
        invitations.forEach(i -> add(invitationCard(i)));
    }

    private VerticalLayout invitationCard(InvitationView invitation) {
        DecisionCaseView c = screens.cases().get(invitation.caseId());
        VerticalLayout card = new VerticalLayout();
        card.setId("invitation-" + invitation.panelId());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px");
        Span status = new Span(getTranslation("jury.status." + invitation.status()));
        status.setId("status-" + invitation.panelId());
        status.getElement().getThemeList().add(ACCEPTED.equals(invitation.status()) ? "badge success"
                : INVITED.equals(invitation.status()) ? "badge" : "badge contrast");
        card.add(new H3("#" + c.id() + " " + c.title()), status,
                new Span(getTranslation("juryDuty.caseLine", getTranslation("stage." + c.stage()), c.topic(), c.region(),
                        CaseContext.formatter(getLocale()).format(invitation.drawnAt()))));
        if (INVITED.equals(invitation.status())) {
            card.add(new Paragraph(getTranslation("juryDuty.invitedHint")), answerButtons(invitation.panelId()));
        } else if (ACCEPTED.equals(invitation.status())) {
            screens.ballots().currentVote(c.id()).ifPresentOrElse(voteId -> {
                        // learning, asking, discussing at the table and giving reasons come before the ballot,
                        // which stays one tap away
                        BallotPanel ballot = new BallotPanel(screens, c, voteId);
                        Button toBallot = new Button(getTranslation("learning.toBallot"), e -> ballot.scrollIntoView());
                        toBallot.setId("to-ballot-" + invitation.panelId());
                        toBallot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        RouterLink material = new RouterLink(getTranslation("learning.publicLink"), LearningPage.class,
                                new RouteParameters("caseId", String.valueOf(c.id())));
                        material.getStyle().set("font-size", "var(--lumo-font-size-s)");
                        card.add(toBallot, new LearningMaterial(screens, c.id(), c.round(), s -> List.of()), material);
                        if (screens.deliberation().exists(invitation.panelId())) {
                            card.add(new DeliberationPanel(screens.deliberation(), screens.currentUser(),
                                    invitation.panelId(), o -> screens.optionLabel(o, getLocale())));
                        }
                        card.add(ballot);
                    },
                    () -> card.add(new Paragraph(getTranslation("juryDuty.noVoteYet"))));
        } else {
            card.add(new Paragraph(getTranslation("juryDuty.declinedHint")));
        }
        return card;
    }

    private HorizontalLayout answerButtons(long panelId) {
        Button accept = new Button(getTranslation("juryDuty.accept"), e -> {
            if (Notices.attempt(() -> screens.sortition().accept(panelId))) {
                Notices.success("juryDuty.accepted");
                refresh();
            }
        });
        accept.setId("accept-" + panelId);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("juryDuty.decline"), e -> confirmDecline(panelId));
        decline.setId("decline-" + panelId);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(accept, decline);
    }

    private void confirmDecline(long panelId) {
        Dialog dialog = new Dialog(getTranslation("juryDuty.declineTitle"));
        dialog.setId("decline-dialog");
        dialog.add(new Paragraph(getTranslation("juryDuty.declineText")));
        Button confirm = new Button(getTranslation("juryDuty.declineConfirm"), e -> {
            if (Notices.attempt(() -> screens.sortition().decline(panelId))) {
                dialog.close();
                Notices.success("juryDuty.declined");
                refresh();
            }
        });
        confirm.setId("decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("case.cancel"), e -> dialog.close());
        cancel.setId("decline-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
