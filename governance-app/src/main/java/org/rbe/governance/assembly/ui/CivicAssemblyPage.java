package org.rbe.governance.assembly.ui;

import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.rbe.governance.assembly.AssemblyView;
import org.rbe.governance.assembly.CivicAssemblies;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.security.Actor;
import org.rbe.governance.security.CurrentUser;
import org.rbe.governance.security.Role;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.BallotReceipt;

/**
 * The annual civic assembly, readable without a login: when the next one falls due and what each one decided (its
 * average rating, the vote on an extraordinary review, the review it opened, its minutes). A member of an assembly
 * that is voting casts their two ballots here; an administrator can convene a due assembly at once.
 */
@Route("assembly")
@PageTitle("Civic assembly")
@Menu(order = 7, title = "nav.civicAssembly")
@AnonymousAllowed
class CivicAssemblyPage extends VerticalLayout {
    private final CivicAssemblies assemblies;
    private final Sortition sortition;
    private final BallotBox ballots;
    private final CurrentUser currentUser;

    private final Clock clock;
    CivicAssemblyPage(CivicAssemblies assemblies, Sortition sortition, BallotBox ballots, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.assemblies = assemblies;
        this.sortition = sortition;
        this.ballots = ballots;
        this.currentUser = currentUser;
        setId("civic-assembly");
        refresh();
    }

    void refresh() {
        removeAll();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H2(getTranslation("assembly.ui.title")),
                new Paragraph(getTranslation("assembly.ui.intro", day.format(assemblies.nextDue()))));
        Optional<Actor> me = currentUser.optionalActor();
        if (me.filter(a -> a.has(Role.ADMIN)).isPresent()) {
            Button convene = new Button(getTranslation("assembly.ui.convene"), e -> convene(day));
            convene.setId("convene-assembly");
            add(convene);
        }
        add(new H3(getTranslation("assembly.ui.assemblies")));
        List<AssemblyView> all = assemblies.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("assembly.ui.none")));
        }
        all.forEach(a -> add(assembly(a, me, day)));
    }

    private void convene(DateTimeFormatter day) {
        Optional<AssemblyView> convened = assemblies.conveneIfDue(LocalDate.now(clock));
        if (convened.isPresent()) {
            Notices.success("assembly.ui.convened", convened.get().label());
        } else {
            Notices.error(new UserFacingException("assembly.ui.notDue", day.format(assemblies.nextDue())));
        }
        refresh();
    }

    private VerticalLayout assembly(AssemblyView a, Optional<Actor> me, DateTimeFormatter day) {
        VerticalLayout box = new VerticalLayout();
        box.setId("assembly-" + a.id());
        box.setPadding(false);
        box.add(new Paragraph(getTranslation("assembly.ui.line", a.label(), day.format(a.dueDate()),
                getTranslation("assembly.stage." + a.stage()))));
        if (a.averageRating() != null) {
            box.add(new Paragraph(getTranslation("assembly.ui.results", String.format(getLocale(), "%.2f",
                    a.averageRating()), a.ratings(), a.reviewFor(), a.reviewAgainst(), a.reviewBallots())));
        }
        if (a.reviewId() != null) {
            box.add(new Anchor("review/" + a.reviewId(), getTranslation("assembly.ui.reviewOpened", a.reviewId())));
        }
        if (a.documentId() != null) {
            box.add(new Paragraph(getTranslation("assembly.ui.minutes", a.documentId())));
        }
        me.map(Actor::citizenId).filter(id -> AssemblyView.VOTE.equals(a.stage()) && a.panelId() != null
                && sortition.isActiveMember(a.panelId(), id)).ifPresent(id -> box.add(
                        sortition.isAcceptedMember(a.panelId(), id) ? ballot(a) : invitation(a)));
        return box;
    }

    /** A member drawn who has not answered yet accepts (then votes) or declines (someone else is drawn instead). */
    private VerticalLayout invitation(AssemblyView a) {
        Button accept = new Button(getTranslation("assembly.ui.accept"), e -> {
            if (Notices.attempt(() -> sortition.accept(a.panelId()))) {
                refresh();
            }
        });
        accept.setId("accept-assembly");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("assembly.ui.decline"), e -> {
            if (Notices.attempt(() -> sortition.decline(a.panelId()))) {
                refresh();
            }
        });
        decline.setId("decline-assembly");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("assembly.ui.invited")), accept, decline);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout ballot(AssemblyView a) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(getTranslation("assembly.ui.member")), new Paragraph(getTranslation("assembly.ui.deadline",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                        .withZone(ZoneId.systemDefault()).format(a.voteDeadline()))));
        if (ballots.hasVoted(a.ratingVoteId()) && ballots.hasVoted(a.reviewVoteId())) {
            form.add(new Paragraph(getTranslation("assembly.ui.voted", receipt(a.ratingVoteId()) + ", "
                    + receipt(a.reviewVoteId()))));
            return form;
        }
        RadioButtonGroup<String> rating = options("rating", "assembly.ui.rate", ballots.options(a.ratingVoteId()));
        RadioButtonGroup<String> review = options("review-question", "assembly.ui.question",
                ballots.options(a.reviewVoteId()));
        Button cast = new Button(getTranslation("assembly.ui.cast"), e -> {
            if (rating.getValue() == null || review.getValue() == null) {
                Notices.error(new UserFacingException("assembly.ui.chooseBoth"));
                return;
            }
            if (Notices.attempt(() -> {
                ballots.cast(a.ratingVoteId(), rating.getValue());
                ballots.cast(a.reviewVoteId(), review.getValue());
            })) {
                refresh();
            }
        });
        cast.setId("cast-assembly-ballots");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(rating, review, cast);
        return form;
    }

    private RadioButtonGroup<String> options(String id, String label, List<String> codes) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation(label));
        group.setId(id);
        group.setItems(codes);
        group.setItemLabelGenerator(code -> getTranslation("assembly.option." + code));
        return group;
    }

    private String receipt(long voteId) {
        return ballots.myReceipt(voteId).map(BallotReceipt::receipt).map(r -> r.substring(0, Math.min(12, r.length())))
                .orElse("");
    }
}
