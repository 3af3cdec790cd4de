package org.rbe.governance.initiatives.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.rbe.governance.initiatives.CitizenInitiative;
import org.rbe.governance.initiatives.Initiatives;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.shared.CaseNumbers;
import org.rbe.governance.ui.Notices;

/**
 * One initiative as everyone reads it: its text, the problem it solves, its supporters against the number it needs, the
 * technocrat's analysis once done, and the decision case opened from it or the reason it was declined. With
 * {@code actions}, a logged-in citizen may support it and its proposer withdraw it.
 */
class InitiativeDetails extends VerticalLayout {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private final Initiatives initiatives;
    private final CurrentUser currentUser;
    private final long id;
    private final boolean actions;

    InitiativeDetails(Initiatives initiatives, CurrentUser currentUser, long id, boolean actions) {
        this.initiatives = initiatives;
        this.currentUser = currentUser;
        this.id = id;
        this.actions = actions;
        setPadding(false);
        setId("initiative-" + id);
        refresh(initiatives.get(id));
    }

    private void refresh(CitizenInitiative i) {
        removeAll();
        add(new H2(getTranslation("initiatives.ui.heading", i.label(), i.title())));
        Paragraph status = new Paragraph(getTranslation("initiatives.ui.status",
                getTranslation("initiatives.status." + i.status())));
        status.setId("initiative-status");
        Paragraph count = new Paragraph(getTranslation("initiatives.ui.supporters", i.supporters(), i.threshold()));
        count.setId("initiative-supporters");
        add(status, count, new Paragraph(getTranslation("initiatives.ui.proposedBy", i.proposerId(),
                DAY.format(i.proposedAt()))));
        if (i.collecting()) {
            add(new Paragraph(getTranslation("initiatives.ui.collectingUntil", DAY.format(i.expiresAt()))));
        }
        add(new H3(getTranslation("initiatives.ui.proposal")), text(i.proposal(), "initiative-proposal"),
                new H3(getTranslation("initiatives.ui.problem")), text(i.problem(), "initiative-problem"));
        if (actions) {
            addActions(i);
        }
        if (i.analysedAt() != null) {
            add(new H3(getTranslation("initiatives.ui.analysis")),
                    new Paragraph(getTranslation("initiatives.ui.assessment", i.analyst(),
                            getTranslation("initiatives.assessment." + i.assessment()), DAY.format(i.analysedAt()))),
                    text(i.analysis(), "initiative-analysis"));
        } else if (CitizenInitiative.ANALYSIS.equals(i.status())) {
            add(new Paragraph(getTranslation("initiatives.ui.underAnalysis", i.analyst())));
        }
        if (i.decisionCase() != null) {
            Anchor link = new Anchor("learning/" + i.decisionCase(), getTranslation("initiatives.ui.caseOpened",
                    CaseNumbers.label(i.decisionCase())));
            link.setId("initiative-case");
            add(new H3(getTranslation("initiatives.ui.outcome")), link);
        } else if (i.declineReason() != null) {
            add(new H3(getTranslation("initiatives.ui.outcome")),
                    text(getTranslation("initiatives.ui.declined", i.clerk(), i.declineReason()), "initiative-declined"));
        }
    }

    private void addActions(CitizenInitiative i) {
        if (!i.collecting()) {
            return;
        }
        if (currentUser.optionalActor().isEmpty()) {
            add(new Paragraph(getTranslation("initiatives.ui.loginToSupport")));
            return;
        }
        Long me = currentUser.optionalActor().get().citizenId();
        if (me == null) {
            return;
        }
        if (initiatives.supportedByMe(id)) {
            Paragraph supported = new Paragraph(getTranslation("initiatives.ui.youSupport"));
            supported.setId("initiative-you-support");
            add(supported);
        } else {
            Button support = new Button(getTranslation("initiatives.ui.support"), e -> {
                CitizenInitiative[] done = new CitizenInitiative[1];
                if (Notices.attempt(() -> done[0] = initiatives.support(id))) {
                    Notices.success("initiatives.ui.supported", done[0].label());
                    refresh(done[0]);
                }
            });
            support.setId("initiative-support");
            support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(support);
        }
        if (i.proposerId() == me) {
            Button withdraw = new Button(getTranslation("initiatives.ui.withdraw"), e -> {
                CitizenInitiative[] done = new CitizenInitiative[1];
                if (Notices.attempt(() -> done[0] = initiatives.withdraw(id))) {
                    refresh(done[0]);
                }
            });
            withdraw.setId("initiative-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(withdraw);
        }
    }

    private static Paragraph text(String text, String id) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("white-space", "pre-wrap");
        p.setId(id);
        return p;
    }
}
