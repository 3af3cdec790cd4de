/**
 * Simulated people acting through the same services as real ones: experts, the ethics council, jurors,
 * clerks. Used by the {@code simulate} command, by the demo's "let the simulated jurors vote" button and by tests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulation")
package org.rbe.governance.simulation;
