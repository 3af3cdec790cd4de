/** The ethics council: any member may veto a scenario with a written reason, which is published. */
@org.springframework.modulith.ApplicationModule(displayName = "Ethics")
package org.rbe.governance.ethics;
