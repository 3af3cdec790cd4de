package org.rbe.governance.correlation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.security.AccessDeniedException;
import org.rbe.governance.testing.FakeCurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrelationCenterTest {
    private static final String HEADER = "indicator,region,period,value,unit,source\n";
    private static final String GOOD = HEADER
            + "rainfall_mm,North,2024-01,10,mm,met\n"
            + "rainfall_mm,North,2024-02,20,mm,met\n"
            + "rainfall_mm,North,2024-03,30,mm,met\n"
            + "rainfall_mm,North,2024-04,40,mm,met\n"
            + "crop_yield_t_ha,North,2024-01,1.1,t/ha,farm\n"
            + "crop_yield_t_ha,North,2024-02,2.0,t/ha,farm\n"
            + "crop_yield_t_ha,North,2024-03,3.2,t/ha,farm\n"
            + "crop_yield_t_ha,North,2024-04,3.9,t/ha,farm\n";

    private InMemoryCorrelationStore store;
    private final List<Object> events = new ArrayList<>();
    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private CorrelationCenter center;

    @BeforeEach
    void setUp() {
        store = new InMemoryCorrelationStore();
        currentUser.analyst();
        center = new CorrelationCenter(store, events::add, currentUser, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void assertRefused(String text, String key, Object... args) {
        assertThatThrownBy(() -> center.importObservations("bad.csv", csv(text), "analyst"))
                .isInstanceOf(InvalidObservationsException.class)
                .satisfies(e -> {
                    InvalidObservationsException ex = (InvalidObservationsException) e;
                    assertThat(ex.messageKey()).isEqualTo(key);
                    assertThat(ex.args()).containsExactly(args);
                });
        assertThat(store.size()).isZero();
        assertThat(events).isEmpty();
    }

    @Test
    void importsStoresFindingsAndPublishesEvents() {
        DatasetSummary summary = center.importObservations("good.csv", csv(GOOD), "analyst");

        assertThat(summary.rows()).isEqualTo(8);
        assertThat(summary.indicators()).isEqualTo(2);
        assertThat(summary.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(center.datasets()).containsExactly(summary);
        assertThat(center.observations(summary.id())).hasSize(8);
        assertThat(center.findings(summary.id())).singleElement()
                .satisfies(f -> assertThat(f.r()).isGreaterThan(0.99));
        assertThat(events).containsExactly(new ObservationsImported(summary.id(), summary.sha256(), 8),
                new FindingsPublished(summary.id(), 1));
    }

    @Test
    void headerIsCaseInsensitiveInAnyOrderAndQuotedFieldsWork() {
        String text = "Region,VALUE,indicator,Period,source,unit\n"
                + "North,1,a,p1,\"survey, 2024\",u\nNorth,2,a,p2,s,u\nNorth,3,a,p3,s,u\n"
                + "North,2,b,p1,s,u\nNorth,4,b,p2,s,u\nNorth,7,b,p3,s,u\n";
        DatasetSummary summary = center.importObservations("any-order.csv", csv(text), "analyst");
        assertThat(center.observations(summary.id()).get(0).source()).isEqualTo("survey, 2024");
    }

    @Test
    void refusesEmptyFile() {
        assertRefused("", "correlation.error.empty");
        assertRefused("  \n\n", "correlation.error.empty");
        assertRefused(HEADER, "correlation.error.noData");
    }

    @Test
    void namesMissingAndUnknownColumns() {
        assertRefused("indicator,region,period,value\na,b,c,1\n", "correlation.error.missingColumns", "unit, source");
        assertRefused("indicator,region,period,value,unit,source,comment\n", "correlation.error.unknownColumns", "comment");
        assertRefused("indicator,region,period,value,unit,unit\n", "correlation.error.duplicateColumns", "unit");
    }

    @Test
    void reportsNonNumericValueWithLineAndValue() {
        assertRefused(HEADER + "a,North,p1,1,u,s\na,North,p2,12,5,u,s\n", "correlation.error.fieldCount", "3", "7", "6");
        assertRefused(HEADER + "a,North,p1,1,u,s\na,North,p2,twelve,u,s\n", "correlation.error.notNumeric", "3", "twelve");
        assertRefused(HEADER + "a,North,p1,NaN,u,s\n", "correlation.error.notNumeric", "2", "NaN");
    }

    @Test
    void reportsBlankRequiredField() {
        assertRefused(HEADER + "a,North,p1,1,u,s\na, ,p2,2,u,s\n", "correlation.error.blankField", "3", "region");
    }

    @Test
    void reportsDuplicateWithBothLines() {
        assertRefused(HEADER + "a,North,p1,1,u,s\na,North,p2,2,u,s\na,North,p1,3,u,s\n",
                "correlation.error.duplicate", "2", "4", "a", "North", "p1");
    }

    @Test
    void needsTwoIndicatorsAndEnoughAlignedPoints() {
        assertRefused(HEADER + "a,North,p1,1,u,s\na,North,p2,2,u,s\na,North,p3,3,u,s\n",
                "correlation.error.tooFewIndicators", "1");
        assertRefused(HEADER + "a,North,p1,1,u,s\na,North,p2,2,u,s\nb,North,p1,3,u,s\nb,North,p2,5,u,s\n",
                "correlation.error.tooFewPoints", "3");
    }

    @Test
    void refusesWholeUploadWithForbiddenFactor() {
        assertRefused(GOOD + "gender_ratio,North,2024-01,1.02,ratio,census\n",
                "correlation.error.forbidden.sex", "gender_ratio", "10");
        assertRefused(GOOD + "политические_взгляды,North,2024-01,1,idx,survey\n",
                "correlation.error.forbidden.politics", "политические_взгляды", "10");
        assertThatThrownBy(() -> center.importObservations("f.csv", csv(GOOD + "race,North,2024-01,1,x,y\n"), "a"))
                .hasMessageContaining("\"race\"").hasMessageContaining("§2.2");
    }

    @Test
    void onlyAnalystsMayImport() {
        currentUser.citizen(100);
        assertThatThrownBy(() -> center.importObservations("good.csv", csv(GOOD), "citizen100"))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).messageKey()).isEqualTo("error.roleRequired"));
        assertThat(store.size()).isZero();
        assertThat(events).isEmpty();
    }

    @Test
    void acceptsIndicatorThatOnlyContainsAForbiddenWordAsSubstring() {
        String text = GOOD.replace("rainfall_mm", "essex_rainfall");
        assertThat(center.importObservations("essex.csv", csv(text), "analyst").indicators()).isEqualTo(2);
    }

    @Test
    void demoFilesImportAndRefuseAsDocumented() throws IOException {
        DatasetSummary demo = center.importObservations("observations.csv", resource("/demo/observations.csv"), "demo");
        List<Finding> findings = center.findings(demo.id());
        assertThat(findings).anyMatch(Finding::significant).anyMatch(f -> !f.significant());
        assertThat(findings).anyMatch(f -> f.significant()
                && f.indicatorA().equals("crop_yield_t_ha") && f.indicatorB().equals("rainfall_mm"));
        assertThatThrownBy(() -> center.importObservations("forbidden.csv",
                resource("/demo/observations-forbidden.csv"), "demo"))
                .isInstanceOf(InvalidObservationsException.class).hasMessageContaining("gender_ratio");
    }

    @Test
    void unknownDatasetIsAClearError() {
        assertThatThrownBy(() -> center.findings(42)).isInstanceOf(InvalidObservationsException.class)
                .hasMessageContaining("42");
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CorrelationCenterTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
