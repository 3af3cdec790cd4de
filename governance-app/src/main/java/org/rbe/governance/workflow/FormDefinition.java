package org.rbe.governance.workflow;

import java.util.List;

/** A form of a user task, read from {@code forms/<id>.form} (Camunda form-js JSON). */
public record FormDefinition(String id, List<FormField> fields) {
}
