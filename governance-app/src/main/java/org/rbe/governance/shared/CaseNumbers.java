package org.rbe.governance.shared;

/**
 * Case numbers shared by the modules that serve several processes (jury panels, votes, the register, conflict
 * checks): each process numbers its cases from its own base so that two numbers never collide. Decision cases keep
 * their own ids, which stay below {@link #APPEALS}.
 */
public final class CaseNumbers {
    /** Sanction appeals: {@code APPEALS + appeal id}. */
    public static final long APPEALS = 1_000_000_000L;
    /** Constitutional reviews: {@code REVIEWS + review id}. */
    public static final long REVIEWS = 2_000_000_000L;
    /** The assembly's vote on one amendment: {@code AMENDMENTS + amendment id}. */
    public static final long AMENDMENTS = 3_000_000_000L;
    /** Annual civic assemblies: {@code CIVIC_ASSEMBLIES + assembly id}. */
    public static final long CIVIC_ASSEMBLIES = 4_000_000_000L;
    /** The civic assembly's vote on opening an extraordinary review: {@code CIVIC_QUESTIONS + assembly id}. */
    public static final long CIVIC_QUESTIONS = 6_000_000_000L;
    /** Draws of successors to offices: {@code ROTATIONS + rotation id}. */
    public static final long ROTATIONS = 5_000_000_000L;
    /** Civic-oversight checks of a published decision: {@code OVERSIGHT + check id}. */
    public static final long OVERSIGHT = 7_000_000_000L;
    /** Citizens' initiatives (§5.1): {@code INITIATIVES + initiative id}. */
    public static final long INITIATIVES = 8_000_000_000L;
    private static final long RANGE = 1_000_000_000L;

    private CaseNumbers() {
    }

    public static long appeal(long appealId) {
        return APPEALS + appealId;
    }

    public static long review(long reviewId) {
        return REVIEWS + reviewId;
    }

    public static long amendment(long amendmentId) {
        return AMENDMENTS + amendmentId;
    }

    public static long civicAssembly(long assemblyId) {
        return CIVIC_ASSEMBLIES + assemblyId;
    }

    public static long civicQuestion(long assemblyId) {
        return CIVIC_QUESTIONS + assemblyId;
    }

    public static long oversight(long checkId) {
        return OVERSIGHT + checkId;
    }

    public static long initiative(long initiativeId) {
        return INITIATIVES + initiativeId;
    }

    public static long rotation(long rotationId) {
        return ROTATIONS + rotationId;
    }

    /** Whether {@code caseNumber} is a decision case of the decision cycle. */
    public static boolean isDecisionCase(long caseNumber) {
        return caseNumber > 0 && caseNumber < APPEALS;
    }

    /** The id within its process: the appeal id of an appeal's case number, and so on. */
    public static long idOf(long caseNumber) {
        return caseNumber % RANGE;
    }

    /** How people read a case number: "#12" for a decision case, "AP-3" for an appeal, "CR-1" for a review... */
    public static String label(long caseNumber) {
        if (isIn(caseNumber, APPEALS)) {
            return "AP-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, REVIEWS)) {
            return "CR-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, AMENDMENTS)) {
            return "AM-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, CIVIC_ASSEMBLIES)) {
            return "CA-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, CIVIC_QUESTIONS)) {
            return "CQ-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, OVERSIGHT)) {
            return "OV-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, INITIATIVES)) {
            return "IN-" + idOf(caseNumber);
        }
        if (isIn(caseNumber, ROTATIONS)) {
            return "RO-" + idOf(caseNumber);
        }
        return "#" + caseNumber;
    }

    /** Whether {@code caseNumber} lies in the range starting at {@code base}. */
    public static boolean isIn(long caseNumber, long base) {
        return caseNumber >= base && caseNumber < base + RANGE;
    }
}
