package org.rbe.governance.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.InclusionProof;
import org.rbe.governance.voting.PublishedResult;

/**
 * Public, no login: a voter enters the vote number and their receipt and gets the inclusion proof, checked against the
 * published root, with the published totals and participation. Also reachable as {@code receipts?vote=N&receipt=R}.
 */
@Route("receipts")
@PageTitle("Check a ballot receipt")
@Menu(order = 7, title = "nav.receipts")
@AnonymousAllowed
public class ReceiptCheckView extends VerticalLayout implements BeforeEnterObserver {
    private final BallotBox ballots;
    private final IntegerField vote = new IntegerField();
    private final TextField receipt = new TextField();
    private final Div answer = new Div();

    ReceiptCheckView(BallotBox ballots) {
        this.ballots = ballots;
        setId("receipt-check");
        vote.setId("receipt-vote");
        vote.setLabel(getTranslation("receipts.vote"));
        vote.setMin(1);
        receipt.setId("receipt-value");
        receipt.setLabel(getTranslation("receipts.receipt"));
        receipt.setWidth("42em");
        receipt.setMaxLength(64);
        Button check = new Button(getTranslation("receipts.check"), e -> check());
        check.setId("receipt-check-button");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(vote, receipt, check);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        answer.setId("receipt-answer");
        add(new H2(getTranslation("receipts.title")), new Paragraph(getTranslation("receipts.intro")), form, answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("vote", List.of()).stream().filter(s -> s.matches("\\d{1,9}")).findFirst()
                .ifPresent(v -> vote.setValue(Integer.valueOf(v)));
        query.getOrDefault("receipt", List.of()).stream().findFirst().ifPresent(receipt::setValue);
        if (vote.getValue() != null && !receipt.getValue().isBlank()) {
            check();
        }
    }

    void check() {
        answer.removeAll();
        if (vote.getValue() == null) {
            answer.add(error(getTranslation("receipts.badVote")));
            return;
        }
        long voteId = vote.getValue();
        String value = receipt.getValue().trim().toLowerCase();
        try {
            PublishedResult published = ballots.published(voteId);
            InclusionProof proof = ballots.proof(voteId, value);
            boolean valid = proof.verifiesAgainst(published.merkleRoot());
            Paragraph verdict = new Paragraph(valid ? getTranslation("receipts.counted", proof.leafIndex(), proof.treeSize())
                    : getTranslation("receipts.notValid"));
            verdict.setId("receipt-verdict");
            verdict.getStyle().set("font-weight", "bold")
                    .set("color", valid ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            answer.add(verdict, rootLine("receipt-proof-root", published.merkleRoot()), new H3(getTranslation("receipts.path")),
                    new Pre(String.join("\n", proof.auditPath())), new Paragraph(getTranslation("receipts.cli")),
                    new Pre("java -jar governance-app.jar receipt-verify --receipt " + proof.receipt() + " --index "
                            + proof.leafIndex() + " --size " + proof.treeSize() + " --path " + String.join(",", proof.auditPath())
                            + " --root " + published.merkleRoot()));
            answer.add(publishedResult(published));
        } catch (UserFacingException e) {
            answer.add(error(getTranslation(e.messageKey(), e.args())));
            try {
                answer.add(publishedResult(ballots.published(voteId)));
            } catch (UserFacingException hidden) {
                // not closed or unknown: nothing more to show
            }
        }
    }

    private Div publishedResult(PublishedResult p) {
        Div box = new Div(new H3(getTranslation("receipts.published", p.voteId())), rootLine("receipt-root", p.merkleRoot()),
                new Paragraph(getTranslation("receipts.participation", p.participants().size(), p.result().eligible(),
                        p.receipts().size())));
        StringBuilder totals = new StringBuilder();
        p.result().totals().forEach((option, n) -> totals.append(option).append(": ").append(n).append('\n'));
        Pre pre = new Pre(totals.toString());
        pre.setId("receipt-totals");
        box.add(new Paragraph(getTranslation("receipts.totals")), pre);
        return box;
    }

    private Paragraph rootLine(String id, String root) {
        Paragraph p = new Paragraph(getTranslation("receipts.root") + ": " + root);
        p.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        p.setId(id);
        return p;
    }

    private static Paragraph error(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("receipt-error");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }
}
