package org.rbe.governance.constitution.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.rbe.governance.constitution.AmendmentView;
import org.rbe.governance.constitution.Parameter;
import org.rbe.governance.constitution.ReviewView;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.Role;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.voting.BallotBox;

/**
 * One constitutional review: its amendments with their results; for an assembly member, the invitation, the
 * proposal form and a secret ballot per amendment; for an ethics council member, a veto per amendment.
 */
class ReviewDetails extends Composite<VerticalLayout> {
    private final ConstitutionScreens screens;
    private final long reviewId;

    ReviewDetails(ConstitutionScreens screens, long reviewId) {
        this.screens = screens;
        this.reviewId = reviewId;
        getContent().setId("review-" + reviewId);
        render();
    }

    void render() {
        VerticalLayout box = getContent();
        box.removeAll();
        ReviewView review = screens.reviews().get(reviewId);
        box.add(new H2(getTranslation("constitution.ui.reviewHeading", review.id(),
                getTranslation("review.stage." + review.stage()))));
        if (review.voteDeadline() != null) {
            box.add(new Paragraph(getTranslation("constitution.ui.voteUntil",
                    ConstitutionScreens.time(getLocale()).format(review.voteDeadline()))));
        }
        Actor me = screens.currentUser().optionalActor().orElse(null);
        MemberView member = me == null || me.citizenId() == null || review.assemblyPanelId() == null ? null
                : screens.sortition().panel(review.assemblyPanelId()).members().stream()
                .filter(m -> m.citizenId() == me.citizenId()).findFirst().orElse(null);
        if (member != null && "INVITED".equals(member.status())) {
            box.add(invitation(review.assemblyPanelId()));
        }
        boolean accepted = member != null && "ACCEPTED".equals(member.status());
        box.add(new H3(getTranslation("constitution.ui.amendments")));
        List<AmendmentView> amendments = screens.reviews().amendments(reviewId);
        for (AmendmentView a : amendments) {
            box.add(amendment(a, review, accepted, me));
        }
        if (accepted && ReviewView.PROPOSALS.equals(review.stage())) {
            box.add(proposalForm());
        }
    }

    private VerticalLayout amendment(AmendmentView a, ReviewView review, boolean accepted, Actor me) {
        VerticalLayout card = new VerticalLayout();
        card.setId("amendment-" + a.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px");
        card.add(new Paragraph(getTranslation("constitution.ui.amendmentLine", a.label(),
                getTranslation("param." + a.parameter().key()), a.valueInForce() == null ? "" : a.valueInForce().toPlainString(),
                a.proposedValue().toPlainString(), a.parameter().unit(), ConstitutionScreens.date(getLocale()).format(a.effectiveFrom()))),
                new Paragraph(a.rationale()));
        if (a.outcome() != null) {
            card.add(new Paragraph(getTranslation("constitution.ui.outcome." + a.outcome(), a.votesFor() == null ? 0 : a.votesFor(),
                    a.votesAgainst() == null ? 0 : a.votesAgainst(), a.vetoReason() == null ? "" : a.vetoReason())));
        }
        if (me != null && me.has(Role.ETHICS) && ReviewView.ETHICS.equals(review.stage()) && a.vetoedBy() == null) {
            TextField reason = new TextField(getTranslation("constitution.ui.vetoReason"));
            reason.setId("veto-reason-" + a.id());
            Button veto = new Button(getTranslation("constitution.ui.veto"), e -> {
                if (Notices.attempt(() -> screens.reviews().veto(reviewId, a.id(), reason.getValue()))) {
                    render();
                }
            });
            veto.setId("veto-" + a.id());
            veto.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(new HorizontalLayout(reason, veto));
        }
        if (accepted && a.voteId() != null && ReviewView.VOTE.equals(review.stage())) {
            card.add(ballot(a.voteId()));
        }
        return card;
    }

    private VerticalLayout ballot(long voteId) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (screens.ballots().hasVoted(voteId)) {
            box.add(new Paragraph(getTranslation("juryDuty.youHaveVoted")));
            return box;
        }
        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        choice.setId("ballot-" + voteId);
        choice.setItems(screens.ballots().options(voteId));
        choice.setItemLabelGenerator(o -> getTranslation("review.option." + (BallotBox.REWORK.equals(o) ? "REWORK" : o)));
        Button cast = new Button(getTranslation("juryDuty.cast"), e -> {
            if (choice.getValue() != null && Notices.attempt(() -> screens.ballots().cast(voteId, choice.getValue()))) {
                render();
            }
        });
        cast.setId("cast-" + voteId);
        box.add(choice, cast);
        return box;
    }

    private HorizontalLayout invitation(long panelId) {
        Button accept = new Button(getTranslation("juryDuty.accept"), e -> {
            if (Notices.attempt(() -> screens.sortition().accept(panelId))) {
                render();
            }
        });
        accept.setId("accept-assembly");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("juryDuty.decline"), e -> {
            if (Notices.attempt(() -> screens.sortition().decline(panelId))) {
                render();
            }
        });
        decline.setId("decline-assembly");
        return new HorizontalLayout(new Paragraph(getTranslation("constitution.ui.invited")), accept, decline);
    }

    private VerticalLayout proposalForm() {
        Select<Parameter> parameter = new Select<>();
        parameter.setLabel(getTranslation("constitution.ui.parameter"));
        parameter.setItems(Parameter.values());
        parameter.setItemLabelGenerator(p -> getTranslation("param." + p.key()) + " (" + p.unit() + ")");
        parameter.setId("proposal-parameter");
        BigDecimalField value = new BigDecimalField(getTranslation("constitution.ui.value"));
        value.setId("proposal-value");
        DatePicker from = new DatePicker(getTranslation("constitution.ui.from"));
        from.setId("proposal-from");
        TextArea rationale = new TextArea(getTranslation("constitution.ui.rationale"));
        rationale.setId("proposal-rationale");
        rationale.setWidthFull();
        Button propose = new Button(getTranslation("constitution.ui.propose"), e -> {
            if (Notices.attempt(() -> screens.reviews().propose(reviewId, parameter.getValue(), value.getValue(),
                    from.getValue(), rationale.getValue()))) {
                render();
            }
        });
        propose.setId("propose-amendment");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("constitution.ui.proposeTitle")),
                new HorizontalLayout(parameter, value, from), rationale, propose);
        form.setPadding(false);
        return form;
    }
}
