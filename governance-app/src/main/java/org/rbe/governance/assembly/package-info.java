/**
 * The annual civic assembly (source §2.2): once a year, on a due date kept in the domain, 1,000 or more citizens drawn
 * with the jury module rate how well the system works and vote, with the voting module, on whether to open an
 * extraordinary constitutional review; {@code processes/civic-assembly.bpmn} runs it, the minutes module signs its
 * minutes and the ledger records it through its audited events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civic assembly")
package org.rbe.governance.assembly;
