package org.rbe.governance.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rbe.governance.jury.internal.SelectionFiles;
import org.rbe.governance.jury.internal.SelectionInstance;

/**
 * The quota table: one row per category value with the pool's count and its share of a panel of k, and the
 * minimum and maximum as editable whole numbers. Invalid entries are marked where they are and listed above;
 * {@link #features()} is empty until every row is valid. The edited table downloads in both practitioners' formats.
 */
final class QuotaEditor extends Composite<VerticalLayout> {
    private final Runnable onChange;
    private final Paragraph errors = new Paragraph();
    private final Div table = new Div();
    private final List<TextField[]> fields = new ArrayList<>();
    private final List<Span> shares = new ArrayList<>();
    private final List<Anchor> exports = new ArrayList<>();
    private SelectionInstance instance;
    /** The table as last validated, read by downloads, which run without the session lock; null while invalid. */
    private volatile List<SelectionInstance.Feature> valid;

    QuotaEditor(Runnable onChange) {
        this.onChange = onChange;
        errors.setId("quota-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        errors.setVisible(false);
        table.setId("quota-table");
        table.getStyle().set("display", "grid").set("grid-template-columns", "auto auto auto auto 7em 7em")
                .set("gap", "2px 16px").set("align-items", "center");
        exports.add(export(SelectionFiles.Format.CATEGORY_FEATURE, "categories.csv", "export-category-feature"));
        exports.add(export(SelectionFiles.Format.FEATURE_VALUE, "features.csv", "export-feature-value"));
        HorizontalLayout downloads = new HorizontalLayout(new Span(getTranslation("sortition.quota.export")));
        exports.forEach(downloads::add);
        downloads.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("sortition.quota.hint")), errors, table, downloads);
    }

    /** Shows the quotas of {@code loaded} for editing. */
    void show(SelectionInstance loaded) {
        instance = loaded;
        fields.clear();
        shares.clear();
        table.removeAll();
        for (String key : List.of("category", "value", "pool", "share", "min", "max")) {
            Span head = new Span(getTranslation("sortition.quota." + key));
            head.getStyle().set("font-weight", "bold");
            table.add(head);
        }
        int[] pool = loaded.poolCounts();
        for (int f = 0; f < loaded.featureCount(); f++) {
            SelectionInstance.Feature feature = loaded.features().get(f);
            TextField min = bound("quota-min-" + f, feature.min());
            TextField max = bound("quota-max-" + f, feature.max());
            fields.add(new TextField[] {min, max});
            Span share = new Span();
            share.setId("quota-share-" + f);
            shares.add(share);
            table.add(new Span(feature.category()), new Span(feature.value()), new Span(String.valueOf(pool[f])), share, min,
                    max);
        }
        refreshShares();
        validate();
    }

    /** Re-labels the pool's share of the panel after the panel size changed. */
    void panelSize(int k) {
        if (instance != null) {
            instance = instance.withK(k);
            refreshShares();
        }
    }

    /** The edited quotas, or empty while any entry is invalid (the reasons are then shown). */
    Optional<List<SelectionInstance.Feature>> features() {
        return instance == null ? Optional.empty() : Optional.ofNullable(valid);
    }

    TextField minField(int feature) {
        return fields.get(feature)[0];
    }

    TextField maxField(int feature) {
        return fields.get(feature)[1];
    }

    /** The edited table in {@code format}; empty while an entry is invalid. */
    Optional<String> csv(SelectionFiles.Format format) {
        return Optional.ofNullable(valid).map(list -> SelectionFiles.writeFeatures(list, format));
    }

    private TextField bound(String id, int value) {
        TextField field = new TextField();
        field.setId(id);
        field.setValue(String.valueOf(value));
        field.setWidth("6em");
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        field.addValueChangeListener(e -> {
            validate();
            onChange.run();
        });
        return field;
    }

    private void refreshShares() {
        int[] pool = instance.poolCounts();
        for (int f = 0; f < instance.featureCount(); f++) {
            double share = (double) pool[f] * instance.k() / instance.size();
            shares.get(f).setText(String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f", share));
        }
    }

    /** Checks every row; returns the features, or null after marking the invalid fields and listing the reasons. */
    private List<SelectionInstance.Feature> validate() {
        List<String> problems = new ArrayList<>();
        List<SelectionInstance.Feature> edited = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            SelectionInstance.Feature feature = instance.features().get(f);
            TextField minField = fields.get(f)[0];
            TextField maxField = fields.get(f)[1];
            Integer min = number(minField, feature, problems);
            Integer max = number(maxField, feature, problems);
            if (min != null && max != null) {
                if (min > max) {
                    String reason = getTranslation("sortition.quota.minAboveMax", feature.label(), min, max);
                    maxField.setInvalid(true);
                    maxField.setErrorMessage(getTranslation("sortition.quota.minAboveMaxShort"));
                    problems.add(reason);
                } else {
                    edited.add(new SelectionInstance.Feature(feature.category(), feature.value(), min, max,
                            Math.min(feature.minFlex(), min), Math.max(feature.maxFlex(), max)));
                }
            }
        }
        valid = problems.isEmpty() ? List.copyOf(edited) : null;
        exports.forEach(link -> link.setEnabled(valid != null));
        errors.setVisible(!problems.isEmpty());
        errors.setText(problems.isEmpty() ? "" : getTranslation("sortition.quota.invalid") + "\n" + String.join("\n", problems));
        return problems.isEmpty() ? edited : null;
    }

    private Integer number(TextField field, SelectionInstance.Feature feature, List<String> problems) {
        String text = field.getValue().trim();
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            field.setInvalid(false);
            return value;
        } catch (NumberFormatException e) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("sortition.quota.notWholeShort"));
            problems.add(getTranslation("sortition.quota.notWhole", feature.label(), text));
            return null;
        }
    }

    private Anchor export(SelectionFiles.Format format, String fileName, String id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Optional<String> text = csv(format);
            if (text.isEmpty()) {
                return DownloadResponse.error(409, "The quota table has invalid entries");
            }
            byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }), getTranslation("sortition.quota.export." + format.name()));
        link.setId(id);
        return link;
    }
}
