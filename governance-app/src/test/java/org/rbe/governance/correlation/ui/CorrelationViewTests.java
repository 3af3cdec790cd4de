package org.rbe.governance.correlation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rbe.governance.correlation.CorrelationCenter;
import org.rbe.governance.correlation.DatasetSummary;
import org.rbe.governance.correlation.Finding;
import org.rbe.governance.correlation.InvalidObservationsException;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;

class CorrelationViewTests {
    private static final DatasetSummary DEMO = new DatasetSummary(1, "observations.csv", "0123456789abcdef".repeat(4), 480, 6,
            Instant.parse("2025-01-01T00:00:00Z"), "analyst");

    private final CorrelationCenter center = mock(CorrelationCenter.class);
    private final FakeCurrentUser currentUser = new FakeCurrentUser();

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(CorrelationView.class);
        when(center.datasets()).thenReturn(List.of(DEMO));
        when(center.findings(1)).thenReturn(List.of(Finding.of("a", "b", 40, 0.1, 0.5),
                Finding.of("crop_yield_t_ha", "rainfall_mm", 40, 0.93, 0.00001)));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void forbiddenFactorUploadShowsTheRefusal() {
        currentUser.analyst();
        byte[] csv = "indicator,region,period,value,unit,source\ngender_ratio,North,2024-01,1,r,c\n"
                .getBytes(StandardCharsets.UTF_8);
        when(center.importObservations(eq("forbidden.csv"), any(), eq("analyst")))
                .thenThrow(new InvalidObservationsException("correlation.error.forbidden.sex", "gender_ratio", "2"));
        BrowserlessUi.show(new CorrelationView(center, currentUser));

        UploadKt._upload(_get(Upload.class), "forbidden.csv", "text/csv", csv);
        MockVaadin.runUIQueue();

        assertThat(_get(Paragraph.class, spec -> spec.withId("upload-refusal")).getText())
                .startsWith("File refused, nothing was stored:")
                .contains("\"gender_ratio\" (line 2)", "§2.2");
    }

    @Test
    void successfulUploadSelectsTheNewDatasetWithSignificantFindingsFirst() {
        currentUser.analyst();
        when(center.importObservations(eq("observations.csv"), any(), eq("analyst"))).thenReturn(DEMO);
        BrowserlessUi.show(new CorrelationView(center, currentUser));

        UploadKt._upload(_get(Upload.class), "observations.csv", "text/csv", new byte[] {1});
        MockVaadin.runUIQueue();

        assertThat(_get(Paragraph.class, spec -> spec.withId("upload-success")).getText()).contains("480 rows");
        @SuppressWarnings("unchecked")
        Grid<Finding> findings = _get(Grid.class, spec -> spec.withId("findings"));
        assertThat(GridKt._size(findings)).isEqualTo(2);
        assertThat(GridKt._get(findings, 0).indicatorA()).isEqualTo("crop_yield_t_ha");
    }

    @Test
    void citizensReadFindingsButGetNoUpload() {
        currentUser.citizen(100);
        BrowserlessUi.show(new CorrelationView(center, currentUser));

        _assertNone(Upload.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetSummary> datasets = _get(Grid.class, spec -> spec.withId("datasets"));
        assertThat(GridKt._get(datasets, 0)).isEqualTo(DEMO);
    }
}
