/**
 * Citizens' initiatives (source §5.1, "инициативы снизу": a citizen's proposal, expert analysis, implementation): a
 * citizen proposes a decision, others support it, and once the constitution's number of supporters is reached a
 * technocrat analyses it and a clerk opens a decision case from it or declines with a reason
 * ({@code processes/citizen-initiative.bpmn}).
 */
package org.rbe.governance.initiatives;
