package org.rbe.governance.cycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.rbe.governance.jury.DrawPurposes;
import org.rbe.governance.jury.InvitationView;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.StartPageItem;

/** On the start page: every draw by lot that waits for the person's answer, with the way to answer it. */
@org.springframework.stereotype.Component
class PendingInvitations implements StartPageItem {
    private final CaseScreens screens;

    PendingInvitations(CaseScreens screens) {
        this.screens = screens;
    }

    @Override
    public List<Component> forCurrentUser() {
        return screens.sortition().myInvitations().stream().filter(i -> "INVITED".equals(i.status()))
                .map(PendingInvitations::card).toList();
    }

    private static Component card(InvitationView invitation) {
        String kind = DrawPurposes.kind(invitation.purpose());
        String route = DrawPurposes.route(invitation.purpose());
        Div card = new Div();
        card.setId("pending-invitation-" + invitation.panelId());
        card.getStyle().set("border", "2px solid var(--lumo-primary-color)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        Button answer = new Button(card.getTranslation("start.invitation.answer"),
                e -> UI.getCurrent().navigate(route));
        answer.setId("pending-invitation-answer-" + invitation.panelId());
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new Paragraph(card.getTranslation("start.invitation." + kind, CaseNumbers.label(invitation.caseId()))), answer);
        return card;
    }
}
