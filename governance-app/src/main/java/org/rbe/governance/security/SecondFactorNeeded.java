package org.rbe.governance.security;

/**
 * The password was right, but the login needs a code from the authenticator app ({@code enrol} false) or, for a
 * staff account without one yet, an enrolment first ({@code enrol} true). Nobody is logged in when it is thrown.
 */
public class SecondFactorNeeded extends AccessDeniedException {
    private final boolean enrol;

    public SecondFactorNeeded(boolean enrol) {
        super(enrol ? "login.enrolRequired" : "login.codeRequired");
        this.enrol = enrol;
    }

    public boolean enrol() {
        return enrol;
    }
}
