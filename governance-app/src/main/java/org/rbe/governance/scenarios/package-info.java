/**
 * The "AI" of the cycle (§5.2): a resource-balance linear program that turns the Correlation
 * Center's data into 3-5 distinct scenarios, each meeting the constitutional floors and explained
 * in plain Russian and English. Internals live in {@code scenarios.internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scenarios")
package org.rbe.governance.scenarios;
