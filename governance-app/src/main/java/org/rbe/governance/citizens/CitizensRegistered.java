package org.rbe.governance.citizens;

/** Citizens were added to the registry (or changed in it): anyone holding a snapshot of it must read it again. */
public record CitizensRegistered(int count) {
}
