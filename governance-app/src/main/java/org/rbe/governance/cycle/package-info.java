/**
 * The decision cycle of {@code processes/decision-cycle.bpmn}: the thin delegates in {@code cycle.process} call
 * {@link org.rbe.governance.cycle.CycleSteps}, which asks each module to do its stage and records it on the case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision cycle")
package org.rbe.governance.cycle;
