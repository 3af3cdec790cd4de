package org.rbe.governance.appeals.internal;

/** The roles of an appeal case recorded with the conflicts module. */
final class AppealRoles {
    static final String APPELLANT = "APPELLANT";
    static final String IMPOSER = "IMPOSER";
    static final String EXPERT = "EXPERT";
    static final String PANELIST = "PANELIST";

    private AppealRoles() {
    }
}
