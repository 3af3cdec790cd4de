/**
 * Sanctions and their appeals (source §6.4, DESIGN.md §1): sanctions recorded by administrators (screen and REST),
 * the citizen's appeal within the filing deadline, a panel of 12 citizens drawn by the jury module plus one expert
 * who advises, a hearing with messages, the panel's vote by the configured rule, the outcome applied to the
 * sanction, signed minutes and the five-year review of isolation measures. The steps of
 * {@code processes/sanction-appeal.bpmn} are the methods of {@link org.rbe.governance.appeals.AppealSteps}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package org.rbe.governance.appeals;
