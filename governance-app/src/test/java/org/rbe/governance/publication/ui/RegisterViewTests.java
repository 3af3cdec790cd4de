package org.rbe.governance.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.publication.DecisionRegister;
import org.rbe.governance.publication.RegisterEntry;
import org.rbe.governance.publication.RegisterFacets;
import org.rbe.governance.publication.RegisterQuery;
import org.rbe.governance.testing.BrowserlessUi;

class RegisterViewTests {
    private static final RegisterEntry WATER = entry(3, "Water for the south", "water", "South", "Pipeline first");
    private static final RegisterEntry GRAIN = entry(2, "Grain reserve", "food", "North", "REWORK");

    private final DecisionRegister register = mock(DecisionRegister.class);
    private final org.rbe.governance.jury.DrawArchive draws = mock(org.rbe.governance.jury.DrawArchive.class);

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(RegisterView.class, RegisterEntryView.class, VerifyView.class);
        when(register.search(RegisterQuery.ALL)).thenReturn(List.of(WATER, GRAIN));
        when(register.search(RegisterQuery.text("water"))).thenReturn(List.of(WATER));
        when(register.facets()).thenReturn(new RegisterFacets(List.of("food", "water"), List.of("North", "South"),
                List.of("APPROVED", "REWORK")));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    private static RegisterEntry entry(long caseId, String title, String topic, String region, String outcome) {
        return new RegisterEntry(caseId, "DEC-" + caseId, title, topic, region, outcome, "Summary of " + title, "clerk1",
                Instant.parse("2025-03-0" + caseId + "T10:00:00Z"), "ab".repeat(32), caseId == 3);
    }

    @SuppressWarnings("unchecked")
    private static List<RegisterEntry> rows() {
        Grid<RegisterEntry> grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void searchFiltersTheDecisions() {
        BrowserlessUi.show(new RegisterView(register));
        assertThat(rows()).containsExactly(WATER, GRAIN);

        _setValue(_get(TextField.class, spec -> spec.withId("register-search")), "water ");

        assertThat(rows()).containsExactly(WATER);
    }

    @Test
    void filtersByDateTopicRegionAndOutcomeAndTheExportsFollowThem() {
        RegisterQuery grainInNorth = RegisterQuery.ALL.withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2))
                .withTopic("food").withRegion("North").withOutcome("REWORK");
        when(register.search(grainInNorth)).thenReturn(List.of(GRAIN));
        RegisterView view = BrowserlessUi.show(new RegisterView(register));

        _setValue(_get(DatePicker.class, spec -> spec.withId("register-from")), LocalDate.of(2025, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("register-to")), LocalDate.of(2025, 3, 2));
        _setValue(_get(ComboBox.class, spec -> spec.withId("register-topic")), "food");
        _setValue(_get(ComboBox.class, spec -> spec.withId("register-region")), "North");
        _setValue(_get(Select.class, spec -> spec.withId("register-outcome")), "REWORK");

        assertThat(view.query()).isEqualTo(grainInNorth);
        assertThat(rows()).containsExactly(GRAIN);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getHref())
                .isEqualTo("/public/decisions.csv?from=2025-03-01&to=2025-03-02&topic=food&region=North&outcome=REWORK");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-atom")).getHref()).startsWith("/public/decisions.atom?");
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("register-grid")), 0))
                .contains("Returned for rework");
    }

    @Test
    void noMatchSaysSoAndTheExportsAreOffered() {
        BrowserlessUi.show(new RegisterView(register));
        assertThat(_get(Anchor.class, spec -> spec.withId("export-json")).getHref()).isEqualTo("/public/decisions.json");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-json")).getElement().hasAttribute("router-ignore"))
                .isTrue();

        _setValue(_get(ComboBox.class, spec -> spec.withId("register-region")), "South");

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-empty")).getText())
                .isEqualTo("No published decision matches these filters.");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-json")).getHref())
                .isEqualTo("/public/decisions.json?region=South");
    }

    @Test
    void entryShowsTheFingerprintAndADownloadOfTheSignedMinutes() {
        when(register.entry(3)).thenReturn(Optional.of(WATER));
        when(draws.panelIdsOfCase(3)).thenReturn(java.util.List.of(5L));
        BrowserlessUi.show(new RegisterEntryView(register, draws)).show(3);

        assertThat(_get(Span.class, spec -> spec.withId("entry-sha256")).getText()).isEqualTo("ab".repeat(32));
        assertThat(_get(Span.class, spec -> spec.withId("entry-document")).getText()).isEqualTo("DEC-3");
        Anchor pdf = _get(Anchor.class, spec -> spec.withId("minutes-pdf"));
        assertThat(pdf.getHref()).isEqualTo("/public/decisions/3/minutes.pdf");
        assertThat(pdf.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("entry-dev-key")).getText()).contains("development key");
        // the draw's files and the register's certificate, to check the decision without trusting this server
        assertThat(_get(Anchor.class, spec -> spec.withId("draw-5-pool")).getHref()).isEqualTo("/public/draws/5/pool.csv");
        assertThat(_get(Anchor.class, spec -> spec.withId("draw-5-record")).getHref()).isEqualTo("/public/draws/5/record.json");
        assertThat(_get(Anchor.class, spec -> spec.withId("register-certificate")).getHref())
                .isEqualTo("/public/register-certificate.pem");
    }

    @Test
    void unknownEntrySaysSo() {
        when(register.entry(9)).thenReturn(Optional.empty());
        BrowserlessUi.show(new RegisterEntryView(register, draws)).show(9);

        assertThat(_get(Paragraph.class, spec -> spec.withId("entry-missing")).getText())
                .isEqualTo("This decision is not in the register.");
    }
}
