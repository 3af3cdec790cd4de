/**
 * The living constitution (DESIGN.md §1, source §2.2): the constitutional parameters as data with history (norms
 * per person, term limits, panel sizes, quorums and thresholds), the parameters in force on any date, the ten-year
 * review whose due date lives here rather than in a BPMN timer, citizens' initiatives, and the review process of
 * {@code processes/constitutional-review.bpmn} that amends the parameters from a stated date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Constitution")
package org.rbe.governance.constitution;
