/**
 * Sortition: draws stratified random panels (juries, appeal panels, assemblies) from the citizens'
 * registry with a published seed, manages invitations and replaces those who decline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jury")
package org.rbe.governance.jury;
