package org.rbe.governance.workflow.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rbe.governance.workflow.FormDefinition;
import org.rbe.governance.workflow.FormField;
import org.rbe.governance.workflow.InvalidFormException;

/** Checks submitted values against a form: required, length, allowed choices, and no unknown fields. */
final class FormValidator {
    private FormValidator() {
    }

    /** Returns the clean values to store as process variables, or throws with every field's problem. */
    static Map<String, Object> validate(FormDefinition form, Map<String, Object> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> clean = new HashMap<>();
        Map<String, FormField> byKey = new HashMap<>();
        form.fields().stream().filter(FormField::isInput).forEach(f -> byKey.put(f.key(), f));
        values.keySet().stream().filter(k -> !byKey.containsKey(k)).forEach(k -> errors.put(k, "error.form.unknownField"));
        for (FormField field : byKey.values()) {
            Object value = values.get(field.key());
            if ("checkbox".equals(field.type())) {
                boolean checked = Boolean.TRUE.equals(value);
                if (field.required() && !checked) {
                    errors.put(field.key(), "error.form.mustConfirm");
                }
                clean.put(field.key(), checked);
                continue;
            }
            String text = value == null ? "" : value.toString().trim();
            if (text.isEmpty()) {
                if (field.required()) {
                    errors.put(field.key(), "error.form.required");
                }
                clean.put(field.key(), null);
                continue;
            }
            if (!field.options().isEmpty() && field.options().stream().noneMatch(o -> o.value().equals(text))) {
                errors.put(field.key(), "error.form.notAChoice");
            } else if (field.minLength() != null && text.length() < field.minLength()) {
                errors.put(field.key(), "error.form.tooShort");
            } else if (field.maxLength() != null && text.length() > field.maxLength()) {
                errors.put(field.key(), "error.form.tooLong");
            }
            clean.put(field.key(), text);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return clean;
    }
}
