package org.rbe.governance.jury.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.jury.SyntheticPool;
import org.rbe.governance.draws.AnnouncedSeed;
import org.rbe.governance.jury.internal.DrawRecord;
import org.rbe.governance.jury.internal.Leximin;
import org.rbe.governance.jury.internal.Lottery;
import org.rbe.governance.jury.internal.PoolTypes;
import org.rbe.governance.jury.internal.ReplacementChoice;
import org.rbe.governance.jury.internal.SelectionFiles;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.jury.internal.SortitionData;
import org.rbe.governance.jury.internal.SortitionVerifyMode;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.testing.BrowserlessUi;
import org.rbe.governance.testing.FakeCurrentUser;
import org.rbe.governance.testing.FakeRegistry;

class SortitionViewTests {
    private static final int GENDER_FEMALE = 0;

    private final FakeCurrentUser currentUser = new FakeCurrentUser();
    private final QueuedWorker worker = new QueuedWorker();
    private SortitionView view;

    /** Holds the background computations until the test lets them run, as a busy worker thread would. */
    static final class QueuedWorker implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int waiting() {
            return tasks.size();
        }

        void finish() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
            MockVaadin.runUIQueue();
        }
    }

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(SortitionView.class);
        currentUser.admin();
        SelectionDesk desk = new SelectionDesk(currentUser, new FakeRegistry(SyntheticPool.of(3_000, 7L)), worker, 60_000L);
        view = BrowserlessUi.show(new SortitionView(desk));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void uploadedFilesShowTheQuotasAndThePoolAgainstThem() throws IOException {
        loadSfFixture();

        assertThat(text("load-summary")).isEqualTo("Loaded 150 people, 4 categories with 20 values; panel of 22.");
        assertThat(field("quota-min-" + GENDER_FEMALE).getValue()).isEqualTo("11");
        assertThat(field("quota-max-" + GENDER_FEMALE).getValue()).isEqualTo("12");
        String chart = svg("composition-chart");
        assertThat(chart).startsWith("<svg").contains(">Highlands and Islands<", ">Gender<", "quota 11–12");
        assertThat(SortitionData.sfFixture().features()).hasSize(20);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsLineAndNothingIsLoaded() {
        upload("upload-categories", "features.csv", "feature,value,min,max\nGender,Female,eleven,12\n".getBytes(StandardCharsets.UTF_8));
        upload("upload-people", "candidates.csv", "id,Gender\np1,Female\n".getBytes(StandardCharsets.UTF_8));
        _setValue(_get(IntegerField.class, spec -> spec.withId("panel-size")), 1);
        _click(_get(Button.class, spec -> spec.withId("load")));

        assertThat(text("load-refusal")).startsWith("The files cannot be used, nothing was loaded: features.csv line 2")
                .contains("min must be a whole number, not \"eleven\"");
        _assertNone(TextField.class, spec -> spec.withId("quota-min-0"));
    }

    @Test
    void aRussianReaderGetsTheReasonAFileIsRefusedInRussian() {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        UI.getCurrent().removeAll();
        view = BrowserlessUi.show(new SortitionView(new SelectionDesk(currentUser, new FakeRegistry(List.of()), worker, 1_000L)));
        upload("upload-categories", "features.csv", "feature,value,min,max\nGender,Female,eleven,12\n".getBytes(StandardCharsets.UTF_8));
        upload("upload-people", "candidates.csv", "id,Gender\np1,Female\n".getBytes(StandardCharsets.UTF_8));
        _setValue(_get(IntegerField.class, spec -> spec.withId("panel-size")), 1);
        _click(_get(Button.class, spec -> spec.withId("load")));

        assertThat(text("load-refusal")).isEqualTo("Файлы нельзя использовать, ничего не загружено: features.csv, строка 2: "
                + "min должно быть целым числом, а не \"eleven\"");
    }

    @Test
    void quotasThatAreNotWholeNumbersOrHaveMinAboveMaxAreMarkedAndNothingIsComputed() throws IOException {
        loadSfFixture();

        _setValue(field("quota-min-1"), "ten");
        _setValue(field("quota-max-" + GENDER_FEMALE), "9");
        _click(_get(Button.class, spec -> spec.withId("compute")));

        assertThat(field("quota-min-1").isInvalid()).isTrue();
        assertThat(field("quota-max-" + GENDER_FEMALE).isInvalid()).isTrue();
        assertThat(text("quota-errors")).contains("Gender=Male: \"ten\" is not a whole number of seats",
                "Gender=Female: the minimum 11 is above the maximum 9");
        assertThat(worker.waiting()).isZero();
        assertThat(_get(Div.class, spec -> spec.withId("composition")).getChildren()).isEmpty();
    }

    @Test
    void anInfeasibleQuotaIsExplainedWithTheSmallestRelaxationWhichCanBeApplied() throws IOException {
        loadSfFixture();
        int females = SortitionData.sfFixture().poolCounts()[GENDER_FEMALE];
        _setValue(field("quota-max-" + GENDER_FEMALE), String.valueOf(females + 5));
        _setValue(field("quota-min-" + GENDER_FEMALE), String.valueOf(females + 1));

        compute();

        String explanation = _get(Div.class, spec -> spec.withId("infeasibility")).getElement().getTextRecursively();
        assertThat(explanation).contains("No panel of the requested size meets every quota.",
                "Gender=Female needs at least " + (females + 1) + " but the pool has only " + females,
                "Smallest relaxation that makes the quotas feasible:", "Gender=Female: min " + (females + 1) + " -> ");
        assertThat(explanation).doesNotContain("Exception", "at org.");

        _click(_get(Button.class, spec -> spec.withId("apply-relaxation")));
        assertThat(Integer.parseInt(field("quota-min-" + GENDER_FEMALE).getValue())).isLessThanOrEqualTo(females);
        compute();
        _assertNone(Div.class, spec -> spec.withId("infeasibility"));
        assertThat(text("probability-summary")).startsWith("LEXIMIN");
    }

    @Test
    void theComputationRunsOffTheScreenThenShowsTheDistributionAndThePreDrawDigests() throws IOException {
        loadSfFixture();

        _click(_get(Button.class, spec -> spec.withId("compute")));
        assertThat(_get(Component.class, spec -> spec.withId("compute-running")).isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("compute")).isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(SortitionView.POLL_MILLIS);
        assertThat(worker.waiting()).isEqualTo(1);
        worker.finish();

        _assertNone(Component.class, spec -> spec.withId("compute-running"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        SelectionInstance instance = SortitionData.sfFixture();
        Lottery lottery = Leximin.solve(new PoolTypes(instance), 0).orElseThrow();
        double minimum = Arrays.stream(lottery.probabilities()).min().orElseThrow();
        assertThat(text("probability-summary")).startsWith(Leximin.ALGORITHM + ": n = 150, k = 22. Minimum probability "
                + String.format(java.util.Locale.ENGLISH, "%.4f", minimum));
        assertThat(svg("distribution-chart")).contains("k/n = 0.1467");
        assertThat(text("published-pool")).endsWith(DrawRecord.poolHash(instance));
        assertThat(text("published-quotas")).endsWith(DrawRecord.quotaHash(instance));
        assertThat(text("published-probabilities")).endsWith(DrawRecord.probabilityHash(instance, lottery.probabilities()));
        assertThat(text("published-lottery")).contains(lottery.hash());
        _assertNone(Grid.class, spec -> spec.withId("panel"));
    }

    @Test
    void theDrawWithASeedListsThePanelTheLotteryDrawsAndSortitionVerifyAcceptsItsFiles(@TempDir Path dir) throws IOException {
        loadSfFixture();
        _setValue(field("quota-max-" + GENDER_FEMALE), "13");
        compute();

        _setValue(_get(TextField.class, spec -> spec.withId("seed")), "20260427");
        _click(_get(Button.class, spec -> spec.withId("draw")));

        SelectionInstance edited = editedFixture();
        Lottery lottery = Leximin.solve(new PoolTypes(edited), 0).orElseThrow();
        List<String> expected = Arrays.stream(lottery.draw(20260427L)).mapToObj(edited::id).toList();
        assertThat(panelIds()).isEqualTo(expected);
        assertThat(text("panel-quotas")).contains("22 of 22 seats filled", "seed 20260427", "meets every quota");
        assertThat(svg("composition-chart")).contains("· panel ");

        Map<String, byte[]> files = view.draw.files();
        assertThat(files).containsOnlyKeys("probabilities.csv", "panel.csv", "report.json", "record.json");
        assertThat(new String(files.get("panel.csv"), StandardCharsets.UTF_8)).isEqualTo("id\n" + String.join("\n", expected) + "\n");
        Files.write(dir.resolve("record.json"), files.get("record.json"));
        Files.writeString(dir.resolve("features.csv"), view.quotas.csv(SelectionFiles.Format.FEATURE_VALUE).orElseThrow());
        Path people = SortitionData.file("sf_fixture_150", "candidates.csv");
        assertThat(new SortitionVerifyMode().run(new String[] {"--categories", dir.resolve("features.csv").toString(),
                "--people", people.toString(), "--record", dir.toString()})).isZero();
        Files.writeString(dir.resolve("categories.csv"), view.quotas.csv(SelectionFiles.Format.CATEGORY_FEATURE).orElseThrow()
                .replace("Female,11,13", "Female,11,12"));
        assertThat(new SortitionVerifyMode().run(new String[] {"--categories", dir.resolve("categories.csv").toString(),
                "--people", people.toString(), "--record", dir.toString()})).as("changed quota").isEqualTo(1);
    }

    @Test
    void witnessesContributionsMakeTheSeedAndAreRecorded() throws IOException {
        loadSfFixture();
        compute();
        List<String> witnesses = List.of("17 3 42", "Alice Martin: blue heron");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("seed-source")), DrawSection.WITNESSES);
        _setValue(_get(TextArea.class, spec -> spec.withId("witnesses")), String.join("\n", witnesses) + "\n");
        long seed = AnnouncedSeed.seed(witnesses);
        assertThat(text("witness-seed")).isEqualTo("Seed " + seed + " from 3.17.42./alice martin: blue heron/");
        _click(_get(Button.class, spec -> spec.withId("draw")));

        DrawRecord record = new ObjectMapper().readValue(view.draw.files().get("record.json"), DrawRecord.class);
        assertThat(record.seed()).isEqualTo(seed);
        assertThat(record.randomness()).isEqualTo(witnesses);
        SelectionInstance instance = SortitionData.sfFixture();
        assertThat(panelIds()).isEqualTo(Arrays.stream(Leximin.solve(new PoolTypes(instance), 0).orElseThrow().draw(seed))
                .mapToObj(instance::id).toList());
    }

    @Test
    void aDeclinerIsReplacedWithTheDerivedSeedAndThePanelStillMeetsTheQuotas() throws IOException {
        loadSfFixture();
        compute();
        _setValue(_get(TextField.class, spec -> spec.withId("seed")), "7");
        _click(_get(Button.class, spec -> spec.withId("draw")));
        List<String> before = panelIds();

        @SuppressWarnings("unchecked")
        ComboBox<Integer> decliner = _get(ComboBox.class, spec -> spec.withId("decliner"));
        _setValue(decliner, view.draw.drawn().active().get(3));
        _click(_get(Button.class, spec -> spec.withId("decline")));
        _setValue(decliner, view.draw.drawn().active().get(0));
        _click(_get(Button.class, spec -> spec.withId("decline")));

        @SuppressWarnings("unchecked")
        Grid<DrawnPanel.Replacement> replacements = _get(Grid.class, spec -> spec.withId("replacements"));
        assertThat(GridKt._size(replacements)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(replacements, 0)).containsExactly("1", before.get(3),
                GridKt._getFormattedRow(replacements, 0).get(2), String.valueOf(ReplacementChoice.seedFor(7L, 1)), "all met");
        assertThat(GridKt._getFormattedRow(replacements, 1).get(3)).isEqualTo(String.valueOf(ReplacementChoice.seedFor(7L, 2)));
        List<String> after = panelIds();
        assertThat(after).hasSize(22).doesNotContain(before.get(3), before.get(0));
        assertThat(after).contains(GridKt._getFormattedRow(replacements, 0).get(2), GridKt._getFormattedRow(replacements, 1).get(2));
        SelectionInstance instance = SortitionData.sfFixture();
        assertThat(instance.meetsQuotas(after.stream().mapToInt(ids(instance)::indexOf).toArray())).isTrue();
        assertThat(text("panel-quotas")).contains("22 of 22 seats filled", "meets every quota");
    }

    @Test
    void whenNobodyLeftCanKeepEveryQuotaTheReplacementBreaksTheFewestAndTheScreenNamesThem() throws IOException {
        loadSfFixture();
        compute();
        _setValue(_get(TextField.class, spec -> spec.withId("seed")), "12");
        _click(_get(Button.class, spec -> spec.withId("draw")));
        SelectionInstance instance = SortitionData.sfFixture();
        int unique = ids(instance).indexOf("p0");
        assertThat(view.draw.drawn().active()).as("p0 is the only one of its kind in the pool").contains(unique);

        @SuppressWarnings("unchecked")
        ComboBox<Integer> decliner = _get(ComboBox.class, spec -> spec.withId("decliner"));
        _setValue(decliner, unique);
        _click(_get(Button.class, spec -> spec.withId("decline")));

        int[] after = panelIds().stream().mapToInt(ids(instance)::indexOf).toArray();
        assertThat(after).hasSize(22);
        assertThat(instance.meetsQuotas(after)).isFalse();
        int[] counts = new int[instance.featureCount()];
        Arrays.stream(after).forEach(p -> Arrays.stream(instance.features(p)).forEach(f -> counts[f]++));
        List<String> broken = new ArrayList<>();
        for (int f = 0; f < counts.length; f++) {
            SelectionInstance.Feature feature = instance.features().get(f);
            if (counts[f] < feature.min() || counts[f] > feature.max()) {
                broken.add(feature.label() + ": " + counts[f] + " (" + feature.min() + "–" + feature.max() + ")");
            }
        }
        assertThat(broken).hasSize(1);
        assertThat(text("panel-quotas")).contains("does not meet every quota: " + broken.get(0) + ".");
        @SuppressWarnings("unchecked")
        Grid<DrawnPanel.Replacement> replacements = _get(Grid.class, spec -> spec.withId("replacements"));
        assertThat(GridKt._getFormattedRow(replacements, 0).get(4)).isEqualTo("1 broken");
    }

    private static List<String> ids(SelectionInstance instance) {
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < instance.size(); p++) {
            ids.add(instance.id(p));
        }
        return ids;
    }

    @Test
    void theNaturePapersFormatLoadsAndGivesEveryoneKOverN() throws IOException {
        upload("upload-categories", "categories.csv", bytes("example_small_20", "categories.csv"));
        upload("upload-people", "respondents.csv", bytes("example_small_20", "respondents.csv"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("panel-size")), 20);
        _click(_get(Button.class, spec -> spec.withId("load")));
        compute();

        assertThat(text("probability-summary")).contains("n = 200, k = 20. Minimum probability 0.1000 (k/n = 0.1000)");
        assertThat(view.quotas.csv(SelectionFiles.Format.CATEGORY_FEATURE).orElseThrow())
                .startsWith("category,feature,min,max\ngender,female,9,20\n");
    }

    @Test
    void theRegistryPoolIsInvitedByLotteryWithProportionalQuotas() {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("pool-source")), PoolLoader.REGISTRY);
        _setValue(_get(IntegerField.class, spec -> spec.withId("panel-size")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withId("invitations")), 300);
        _click(_get(Button.class, spec -> spec.withId("load")));

        assertThat(text("load-summary")).startsWith("Loaded 300 people, 4 categories").endsWith("panel of 30.");
        _setValue(_get(Select.class, spec -> spec.withId("algorithm")), "legacy");
        compute();
        assertThat(text("probability-summary")).startsWith("LEGACY/1: n = 300, k = 30.");
        assertThat(text("published-legacy")).isEqualTo("Probabilities estimated from 10000 draws with the fixed seed 1");
    }

    @Test
    void onlyAdministratorsMayLoadAPool() throws IOException {
        currentUser.citizen(42);
        loadSfFixture();

        assertThat(text("load-refusal")).isEqualTo(Messages.english("error.roleRequired", "admin"));
    }

    @Test
    void theScreenSpeaksRussian() throws IOException {
        UI.getCurrent().setLocale(Messages.RUSSIAN);
        view = BrowserlessUi.show(new SortitionView(new SelectionDesk(currentUser, new FakeRegistry(List.of()), worker, 1_000L)));
        assertThat(_get(view, Button.class, spec -> spec.withId("load")).getText()).isEqualTo("Загрузить");
        assertThat(_get(view, H2.class).getText()).isEqualTo("Жеребьёвка: квоты, вероятности и розыгрыш");
        assertThat(view.compute.getText()).isEqualTo("Вычислить вероятности");
        assertThat(_get(view, Upload.class, spec -> spec.withId("upload-categories")).getI18n().getAddFiles().getOne())
                .isEqualTo("Выбрать файл…");
    }

    private void loadSfFixture() throws IOException {
        upload("upload-categories", "features.csv", bytes("sf_fixture_150", "features.csv"));
        upload("upload-people", "candidates.csv", bytes("sf_fixture_150", "candidates.csv"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("panel-size")), 22);
        _click(_get(Button.class, spec -> spec.withId("load")));
    }

    private SelectionInstance editedFixture() {
        SelectionInstance fixture = SortitionData.sfFixture();
        List<SelectionInstance.Feature> features = new ArrayList<>(fixture.features());
        SelectionInstance.Feature female = features.get(GENDER_FEMALE);
        features.set(GENDER_FEMALE, new SelectionInstance.Feature(female.category(), female.value(), female.min(), 13,
                female.minFlex(), 13));
        return fixture.withFeatures(features);
    }

    private void compute() {
        _click(_get(Button.class, spec -> spec.withId("compute")));
        worker.finish();
    }

    private List<String> panelIds() {
        @SuppressWarnings("unchecked")
        Grid<Integer> panel = _get(Grid.class, spec -> spec.withId("panel"));
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < GridKt._size(panel); row++) {
            ids.add(GridKt._getFormatted(panel, row, "id"));
        }
        return ids;
    }

    private static byte[] bytes(String instance, String name) throws IOException {
        return Files.readAllBytes(SortitionData.file(instance, name));
    }

    private static void upload(String id, String name, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId(id)), name, "text/csv", bytes);
        MockVaadin.runUIQueue();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static String svg(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML");
    }
}
