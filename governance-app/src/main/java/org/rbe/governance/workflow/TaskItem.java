package org.rbe.governance.workflow;

import java.time.Instant;

/** A human task waiting in someone's inbox. */
public record TaskItem(String id, String name, String definitionKey, String formKey, long caseId, String assignee,
                       String candidateGroup, Instant created, String processDefinitionKey) {
}
