package org.rbe.governance.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.rbe.governance.draws.AnnouncedSeed;
import org.rbe.governance.jury.internal.DrawRecord;
import org.rbe.governance.jury.internal.Legacy;
import org.rbe.governance.jury.internal.Lottery;
import org.rbe.governance.jury.internal.SelectionInstance;
import org.rbe.governance.jury.internal.SelectionRun;
import org.rbe.governance.shared.UserFacingException;
import org.rbe.governance.ui.Notices;

/**
 * The draw: what is published before it (digests of the pool, the quotas and the probability table, and the
 * algorithm), the seed entered afterwards (a number, or the witnesses' contributions combined as RFC 3797 does),
 * the panel drawn with the files the {@code sortition} command writes, and replacements for those who decline.
 */
final class DrawSection extends Composite<VerticalLayout> {
    static final String NUMBER = "number";
    static final String WITNESSES = "witnesses";

    private final Consumer<DrawnPanel> onPanelChange;
    private final Div published = new Div();
    private final RadioButtonGroup<String> seedSource = new RadioButtonGroup<>();
    final TextField seed = new TextField();
    final TextArea witnesses = new TextArea();
    private final Paragraph witnessSeed = new Paragraph();
    final Button draw = new Button();
    private final VerticalLayout result = new VerticalLayout();
    final Grid<Integer> panel = new Grid<>();
    private final Paragraph quotaStatus = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();
    final ComboBox<Integer> decliner = new ComboBox<>();
    final Grid<DrawnPanel.Replacement> replacements = new Grid<>();
    private SelectionRun.Prepared prepared;
    private DrawnPanel drawn;
    private Map<String, byte[]> files = Map.of();

    DrawSection(Consumer<DrawnPanel> onPanelChange) {
        this.onPanelChange = onPanelChange;
        published.setId("published");
        seedSource.setId("seed-source");
        seedSource.setLabel(getTranslation("sortition.draw.seedSource"));
        seedSource.setItems(NUMBER, WITNESSES);
        seedSource.setItemLabelGenerator(s -> getTranslation("sortition.draw.source." + s));
        seedSource.setValue(NUMBER);
        seed.setId("seed");
        seed.setLabel(getTranslation("sortition.draw.seed"));
        seed.setHelperText(getTranslation("sortition.draw.seedHint"));
        witnesses.setId("witnesses");
        witnesses.setLabel(getTranslation("sortition.draw.witnesses"));
        witnesses.setHelperText(getTranslation("sortition.draw.witnessesHint"));
        witnesses.setWidth("32em");
        witnesses.setVisible(false);
        witnessSeed.setId("witness-seed");
        witnesses.addValueChangeListener(e -> showWitnessSeed());
        seedSource.addValueChangeListener(e -> {
            seed.setVisible(NUMBER.equals(e.getValue()));
            witnesses.setVisible(WITNESSES.equals(e.getValue()));
            showWitnessSeed();
        });
        draw.setId("draw");
        draw.setText(getTranslation("sortition.draw.button"));
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.addClickListener(e -> Notices.attempt(this::drawPanel));
        result.setPadding(false);
        result.setVisible(false);
        panel.setId("panel");
        panel.setAllRowsVisible(true);
        quotaStatus.setId("panel-quotas");
        downloads.setId("downloads");
        decliner.setId("decliner");
        decliner.setLabel(getTranslation("sortition.replace.who"));
        Button decline = new Button(getTranslation("sortition.replace.button"), e -> Notices.attempt(this::decline));
        decline.setId("decline");
        replacements.setId("replacements");
        replacements.setAllRowsVisible(true);
        HorizontalLayout declineRow = new HorizontalLayout(decliner, decline);
        declineRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        result.add(new H3(getTranslation("sortition.draw.panel")), quotaStatus, downloads, panel,
                new H3(getTranslation("sortition.replace.title")), new Paragraph(getTranslation("sortition.replace.hint")),
                declineRow, replacements);
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("sortition.draw.publishedHint")), published, seedSource, seed,
                witnesses, witnessSeed, draw, result);
    }

    /** Publishes the pre-draw data of a computation and clears any earlier draw. */
    void prepare(SelectionRun.Prepared computed) {
        prepared = computed;
        drawn = null;
        result.setVisible(false);
        published.removeAll();
        SelectionInstance instance = computed.instance();
        published.add(line("published-algorithm", "sortition.published.algorithm", computed.selector().algorithm()),
                line("published-size", "sortition.published.size", instance.size(), instance.k()),
                line("published-pool", "sortition.published.pool", DrawRecord.poolHash(instance)),
                line("published-quotas", "sortition.published.quotas", DrawRecord.quotaHash(instance)),
                line("published-probabilities", "sortition.published.probabilities", computed.probabilitiesSha256()));
        if (computed.selector() instanceof Lottery lottery) {
            published.add(line("published-lottery", "sortition.published.lottery", lottery.hash(), lottery.panels().size()));
        } else {
            published.add(line("published-legacy", "sortition.published.legacy", SelectionRun.LEGACY_DRAWS,
                    SelectionRun.LEGACY_ESTIMATE_SEED));
        }
    }

    DrawnPanel drawn() {
        return drawn;
    }

    /** The downloadable files of the current draw, by name (probabilities.csv, panel.csv, report.json, record.json). */
    Map<String, byte[]> files() {
        return files;
    }

    private Paragraph line(String id, String key, Object... args) {
        Paragraph p = new Paragraph(getTranslation(key, args));
        p.setId(id);
        p.getStyle().set("margin", "0.2em 0").set("font-family", "var(--lumo-font-family)").set("word-break", "break-all");
        return p;
    }

    private void showWitnessSeed() {
        List<String> sources = sources();
        witnessSeed.setVisible(WITNESSES.equals(seedSource.getValue()) && !sources.isEmpty());
        if (!sources.isEmpty()) {
            witnessSeed.setText(getTranslation("sortition.draw.witnessSeed", String.valueOf(AnnouncedSeed.seed(sources)),
                    AnnouncedSeed.canonical(sources)));
        }
    }

    private List<String> sources() {
        return Arrays.stream(witnesses.getValue().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void drawPanel() {
        if (prepared == null) {
            throw new UserFacingException("sortition.draw.computeFirst");
        }
        List<String> randomness = WITNESSES.equals(seedSource.getValue()) ? sources() : List.of();
        long value;
        if (WITNESSES.equals(seedSource.getValue())) {
            if (randomness.isEmpty()) {
                throw new UserFacingException("sortition.draw.noWitnesses");
            }
            value = AnnouncedSeed.seed(randomness);
        } else {
            try {
                value = Long.parseLong(seed.getValue().trim());
                seed.setInvalid(false);
            } catch (NumberFormatException e) {
                seed.setInvalid(true);
                seed.setErrorMessage(getTranslation("sortition.draw.badSeedShort"));
                throw new UserFacingException("sortition.draw.badSeed", seed.getValue());
            }
        }
        SelectionRun run;
        try {
            run = prepared.draw(value);
        } catch (Legacy.NoPanel e) {
            throw new UserFacingException("sortition.compute.legacyNoPanel");
        }
        drawn = new DrawnPanel(run, randomness);
        files = drawn.files();
        showPanel();
        downloads.removeAll();
        downloads.add(new Paragraph(getTranslation("sortition.draw.downloads")));
        files.forEach((name, bytes) -> downloads.add(download(name, bytes)));
        result.setVisible(true);
        Notices.success("sortition.draw.done", run.panel().length, String.valueOf(value));
    }

    private static Anchor download(String name, byte[] bytes) {
        String type = name.endsWith(".json") ? "application/json" : "text/csv";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), name, type, bytes.length)), name);
        link.setId("download-" + name.replace('.', '-'));
        return link;
    }

    private void decline() {
        Integer person = decliner.getValue();
        if (drawn == null || person == null) {
            throw new UserFacingException("sortition.replace.chooseFirst");
        }
        Optional<DrawnPanel.Replacement> replacement = drawn.decline(person);
        showPanel();
        if (replacement.isEmpty()) {
            throw new UserFacingException("sortition.replace.nobodyLeft", drawn.instance().id(person));
        }
        Notices.success("sortition.replace.done", drawn.instance().id(person),
                drawn.instance().id(replacement.get().replacement()), String.valueOf(replacement.get().seed()));
    }

    private void showPanel() {
        SelectionInstance instance = drawn.instance();
        panel.removeAllColumns();
        panel.addColumn(instance::id).setHeader(getTranslation("sortition.draw.id")).setKey("id");
        for (String category : instance.categories()) {
            panel.addColumn(p -> DrawnPanel.value(instance, p, category)).setHeader(category);
        }
        panel.addColumn(p -> drawn.replacements().stream().filter(r -> r.replacement() == p).findFirst()
                .map(r -> getTranslation("sortition.draw.replaces", instance.id(r.declined()), r.number())).orElse(""))
                .setHeader(getTranslation("sortition.draw.note"));
        panel.setItems(drawn.active());
        decliner.setItems(drawn.active());
        decliner.setItemLabelGenerator(instance::id);
        decliner.clear();
        replacements.removeAllColumns();
        replacements.addColumn(DrawnPanel.Replacement::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        replacements.addColumn(r -> instance.id(r.declined())).setHeader(getTranslation("sortition.replace.declined"));
        replacements.addColumn(r -> instance.id(r.replacement())).setHeader(getTranslation("sortition.replace.replacement"));
        replacements.addColumn(r -> String.valueOf(r.seed())).setHeader(getTranslation("sortition.replace.seed"));
        replacements.addColumn(r -> r.brokenQuotas() == 0 ? getTranslation("sortition.replace.quotasMet")
                : getTranslation("sortition.replace.quotasBroken", r.brokenQuotas()))
                .setHeader(getTranslation("sortition.replace.quotas"));
        replacements.setItems(drawn.replacements());
        replacements.setVisible(!drawn.replacements().isEmpty());
        quotaStatus.setText(getTranslation(drawn.meetsQuotas() ? "sortition.draw.meetsQuotas" : "sortition.draw.breaksQuotas",
                drawn.active().size(), instance.k(), String.valueOf(drawn.run().seed()), String.join("; ", drawn.brokenQuotas())));
        onPanelChange.accept(drawn);
    }
}
