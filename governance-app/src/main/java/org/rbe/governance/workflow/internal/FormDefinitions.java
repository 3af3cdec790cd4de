package org.rbe.governance.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rbe.governance.workflow.FormDefinition;
import org.rbe.governance.workflow.FormField;
import org.springframework.stereotype.Component;

/** Reads form-js schemas from {@code classpath:forms/}; translations sit in each component's properties. */
@Component
class FormDefinitions {
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, FormDefinition> cache = new ConcurrentHashMap<>();

    FormDefinition load(String formKey) {
        return cache.computeIfAbsent(formKey, this::read);
    }

    private FormDefinition read(String formKey) {
        String path = "forms/" + formKey + ".form";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No form " + path + " on the classpath");
            }
            JsonNode root = json.readTree(in);
            List<FormField> fields = new ArrayList<>();
            for (JsonNode c : root.path("components")) {
                fields.add(field(c));
            }
            return new FormDefinition(root.path("id").asText(formKey), List.copyOf(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + path, e);
        }
    }

    private static FormField field(JsonNode c) {
        String type = c.path("type").asText();
        JsonNode props = c.path("properties");
        String label = "text".equals(type) ? c.path("text").asText() : c.path("label").asText(null);
        String labelRu = "text".equals(type) ? props.path("text.ru").asText(null) : props.path("label.ru").asText(null);
        JsonNode validate = c.path("validate");
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            options.add(new FormField.Option(v.path("value").asText(), v.path("label").asText(),
                    v.path("properties").path("label.ru").asText(null)));
        }
        return new FormField(c.path("id").asText(), type, c.path("key").asText(null), label, labelRu,
                validate.path("required").asBoolean(false),
                validate.has("minLength") ? validate.get("minLength").asInt() : null,
                validate.has("maxLength") ? validate.get("maxLength").asInt() : null, List.copyOf(options));
    }
}
