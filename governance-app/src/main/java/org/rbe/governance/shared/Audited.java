package org.rbe.governance.shared;

import java.util.Map;

/**
 * An application event that the audit ledger records as it is: a module publishes such an event (for example a role
 * change or an appeal decision) without depending on the ledger.
 */
public interface Audited {
    /** Entry type, upper case, e.g. "ROLE_CHANGED". */
    String auditType();

    /** What the entry is about, e.g. "account:clerk1" or "case:12". */
    String auditSubject();

    /** Details; values are strings, numbers, booleans, lists or maps. */
    Map<String, ?> auditPayload();

    /** Details from alternating names and values, leaving out the values that are null. */
    static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new java.util.TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }
}
