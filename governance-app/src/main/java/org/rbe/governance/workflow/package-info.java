/**
 * Human tasks of every process: each person's inbox, the form a task names in {@code forms/}, and the checks
 * that only an entitled person completes a task with a valid form. The engine's task service stays in here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.rbe.governance.workflow;
