package org.rbe.governance.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerChain;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.ledger.LedgerVerification;
import org.rbe.governance.testing.BrowserlessUi;

class LedgerViewTests {
    private final AuditLedger ledger = mock(AuditLedger.class);

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(LedgerView.class);
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void theHeadTheLatestEntriesTheDownloadAndAVerifyButtonAreShown() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        String h1 = LedgerChain.hash(1, at, "VOTE_OPENED", "vote:1", LedgerChain.GENESIS, "{}");
        LedgerEntry e1 = new LedgerEntry(1, at, "VOTE_OPENED", "vote:1", "{}", LedgerChain.GENESIS, h1);
        when(ledger.head()).thenReturn(new LedgerHead(1, h1));
        when(ledger.latest(LedgerView.SHOWN)).thenReturn(List.of(e1));
        when(ledger.verify()).thenReturn(new LedgerVerification(true, 1, h1, null, null));
        BrowserlessUi.show(new LedgerView(ledger));

        assertThat(_get(Span.class, spec -> spec.withId("ledger-head")).getText()).isEqualTo(h1);
        assertThat(_get(Anchor.class, spec -> spec.withId("ledger-download")).getHref()).isEqualTo("/public/ledger.jsonl");
        @SuppressWarnings("unchecked")
        Grid<LedgerEntry> grid = _get(Grid.class, spec -> spec.withId("ledger-grid"));
        assertThat(GridKt._get(grid, 0)).isEqualTo(e1);

        _click(_get(Button.class, spec -> spec.withId("ledger-verify")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("ledger-verdict")).getText()).isEqualTo("OK 1 " + h1);
    }
}
