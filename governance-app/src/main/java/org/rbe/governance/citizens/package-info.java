/** The registry of citizens and the attributes used to stratify random selection. */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens")
package org.rbe.governance.citizens;
