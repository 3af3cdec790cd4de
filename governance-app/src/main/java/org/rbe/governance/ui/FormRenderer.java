package org.rbe.governance.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rbe.governance.shared.Messages;
import org.rbe.governance.workflow.FormDefinition;
import org.rbe.governance.workflow.FormField;

/**
 * Renders any form-js schema of {@code forms/} as Vaadin fields; one component serves every user task, so a
 * question changes in the form file, not in Java. Validation is the service's; this only shows its verdict.
 */
public class FormRenderer extends Composite<FormLayout> {
    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    private final Locale locale;

    public FormRenderer(FormDefinition form, Locale locale) {
        this.locale = locale;
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().setId("form-" + form.id());
        form.fields().forEach(f -> getContent().add(render(f)));
    }

    private Component render(FormField f) {
        String label = f.label(locale);
        AbstractField<?, ?> field = switch (f.type()) {
            case "text" -> null;
            case "textarea" -> {
                TextArea area = new TextArea(label);
                area.setWidthFull();
                area.setMinHeight("8em");
                if (f.maxLength() != null) {
                    area.setMaxLength(f.maxLength());
                }
                yield area;
            }
            case "number" -> new NumberField(label);
            case "checkbox" -> new Checkbox(label);
            case "radio" -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(f.options().stream().map(FormField.Option::value).toList());
                group.setItemLabelGenerator(v -> optionLabel(f, v));
                group.addThemeName("vertical");
                yield group;
            }
            case "select" -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(f.options().stream().map(FormField.Option::value).toList());
                select.setItemLabelGenerator(v -> v == null ? "" : optionLabel(f, v));
                yield select;
            }
            default -> new TextField(label);
        };
        if (field == null) {
            return new Paragraph(label);
        }
        field.setId("field-" + f.key());
        field.setRequiredIndicatorVisible(f.required());
        fields.put(f.key(), field);
        return field;
    }

    private String optionLabel(FormField f, String value) {
        return f.options().stream().filter(o -> o.value().equals(value)).findFirst().map(o -> o.label(locale)).orElse(value);
    }

    /** The values entered, by form key. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getValue()));
        return values;
    }

    /** Marks the fields the service refused, with the reason in the reader's language; clears the others. */
    public void showErrors(Map<String, String> errors) {
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation v) {
                String error = errors.get(key);
                v.setInvalid(error != null);
                v.setErrorMessage(error == null ? null : Messages.get(locale, error));
            }
        });
    }

    /** Fills a field (used by tests and for re-showing a draft). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setValue(String key, Object value) {
        ((AbstractField) fields.get(key)).setValue(value);
    }
}
