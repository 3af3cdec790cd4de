/** The public register of decisions: readable without login, each entry with its signed minutes. */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package org.rbe.governance.publication;
