package org.rbe.governance.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.InclusionProof;
import org.rbe.governance.voting.MerkleTree;
import org.rbe.governance.voting.PublishedResult;
import org.rbe.governance.voting.VoteResult;
import org.rbe.governance.voting.internal.Receipts;

class ReceiptCheckViewTests {
    private final BallotBox ballots = mock(BallotBox.class);
    private final List<String> receipts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(ReceiptCheckView.class);
        for (int i = 0; i < 5; i++) {
            receipts.add(Receipts.receipt(7, "opt", "n" + i));
        }
        receipts.sort(String::compareTo);
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("12", 3);
        totals.put("REWORK", 2);
        String root = MerkleTree.root(receipts);
        when(ballots.published(7)).thenReturn(new PublishedResult(7, 1, Instant.parse("2026-01-01T00:00:00Z"),
                new VoteResult(7, 6, 5, true, totals, "APPROVED", "12", "rule", "правило"), root, receipts,
                List.of(1L, 2L, 3L, 4L, 5L), false, List.of()));
        when(ballots.proof(7, receipts.get(2))).thenReturn(new InclusionProof(7, receipts.get(2), 2, 5,
                MerkleTree.auditPath(receipts, 2), root));
        when(ballots.proof(7, "ab".repeat(32))).thenThrow(new UserFacingException("voting.error.notCounted", 7L));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private void check(String receipt) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("receipt-vote")), 7);
        _setValue(_get(TextField.class, spec -> spec.withId("receipt-value")), receipt);
        _click(_get(Button.class, spec -> spec.withId("receipt-check-button")));
    }

    @Test
    void aCountedReceiptShowsItsProofAgainstThePublishedRoot() {
        BrowserlessUi.show(new ReceiptCheckView(ballots));
        check(receipts.get(2).toUpperCase());

        assertThat(_get(Paragraph.class, spec -> spec.withId("receipt-verdict")).getText()).startsWith("Counted: your receipt is leaf 2 of 5");
        assertThat(_get(Paragraph.class, spec -> spec.withId("receipt-root")).getText()).contains(MerkleTree.root(receipts));
        assertThat(_get(Pre.class, spec -> spec.withId("receipt-totals")).getText()).contains("12: 3", "REWORK: 2");
    }

    @Test
    void aReceiptThatWasNotCountedIsSaidSo() {
        BrowserlessUi.show(new ReceiptCheckView(ballots));
        check("ab".repeat(32));

        assertThat(_get(Paragraph.class, spec -> spec.withId("receipt-error")).getText())
                .isEqualTo("This receipt is not among the counted ballots of vote 7.");
    }
}
