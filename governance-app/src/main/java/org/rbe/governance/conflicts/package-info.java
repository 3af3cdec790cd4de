/**
 * Conflicts of interest: who holds which role in a case (appellant, panelist, expert, assembly member, ethics
 * member...). A person holds at most one role per case; the services of every process record their roles here and
 * are refused when a second role would be taken. The database enforces it too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conflicts of interest")
package org.rbe.governance.conflicts;
