package org.rbe.governance.constitution.internal;

/** The roles of a review case recorded with the conflicts module. */
final class ReviewRoles {
    static final String INITIATOR = "INITIATOR";
    static final String ASSEMBLY = "ASSEMBLY";
    static final String CLERK = "CLERK";
    static final String EXPERT = "EXPERT";
    static final String ETHICS = "ETHICS";

    private ReviewRoles() {
    }
}
