package org.rbe.governance.initiatives.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rbe.governance.initiatives.CitizenInitiative;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;

/**
 * A logged-in citizen proposes an initiative: its title, its text and the problem it solves. The service checks every
 * field and stores nothing when one is wrong; the message is shown under the field it concerns.
 */
@Route("initiatives/new")
@PageTitle("Propose an initiative")
@PermitAll
class NewInitiativeView extends VerticalLayout {
    private final Initiatives initiatives;
    private final TextField title = new TextField();
    private final TextArea proposal = new TextArea();
    private final TextArea problem = new TextArea();

    NewInitiativeView(Initiatives initiatives) {
        this.initiatives = initiatives;
        setId("new-initiative");
        title.setLabel(getTranslation("initiatives.ui.fieldTitle"));
        title.setId("initiative-title");
        title.setMaxLength(Initiatives.MAX_TITLE);
        title.setHelperText(getTranslation("initiatives.ui.length", Initiatives.MIN_TITLE, Initiatives.MAX_TITLE));
        title.setWidthFull();
        proposal.setLabel(getTranslation("initiatives.ui.fieldProposal"));
        proposal.setId("initiative-text");
        proposal.setMaxLength(Initiatives.MAX_PROPOSAL);
        proposal.setHelperText(getTranslation("initiatives.ui.length", Initiatives.MIN_PROPOSAL, Initiatives.MAX_PROPOSAL));
        proposal.setWidthFull();
        problem.setLabel(getTranslation("initiatives.ui.fieldProblem"));
        problem.setId("initiative-problem-field");
        problem.setMaxLength(Initiatives.MAX_PROBLEM);
        problem.setHelperText(getTranslation("initiatives.ui.length", Initiatives.MIN_PROBLEM, Initiatives.MAX_PROBLEM));
        problem.setWidthFull();
        Button send = new Button(getTranslation("initiatives.ui.send"), e -> send());
        send.setId("initiative-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("initiatives.ui.newTitle")), new Paragraph(getTranslation("initiatives.ui.newIntro")),
                title, proposal, problem, send);
    }

    private void send() {
        title.setInvalid(false);
        proposal.setInvalid(false);
        problem.setInvalid(false);
        try {
            CitizenInitiative made = initiatives.propose(title.getValue(), proposal.getValue(), problem.getValue());
            Notices.success("initiatives.ui.proposed", made.label());
            UI.getCurrent().navigate("initiatives/" + made.id());
        } catch (UserFacingException e) {
            String message = Messages.get(getLocale(), e.messageKey(), e.args());
            switch (e.messageKey()) {
                case "initiatives.error.titleLength" -> invalid(title, message);
                case "initiatives.error.proposalLength" -> invalid(proposal, message);
                case "initiatives.error.problemLength" -> invalid(problem, message);
                default -> { }
            }
            Notices.error(e);
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
