/** Decision cases: the record of one pass through the decision cycle, its stage and its timeline. */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package org.rbe.governance.decisions;
