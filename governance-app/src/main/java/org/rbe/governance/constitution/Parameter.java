package org.rbe.governance.constitution;

import java.math.BigDecimal;

/**
 * A constitutional parameter the software reads. Its value is data with history (see
 * {@link ConstitutionalParameters}); the enum only names it, gives its unit and the range an amendment must respect.
 */
public enum Parameter {
    /** Drinking and household water per person (source §2.1, §4.3). */
    WATER_LITRES_PER_DAY("norm.water.litresPerDay", "l/day", 1, 1000),
    /** Food energy per person. */
    FOOD_KCAL_PER_DAY("norm.food.kcalPerDay", "kcal/day", 1000, 10000),
    /** Housing per adult. */
    HOUSING_M2_PER_ADULT("norm.housing.m2PerAdult", "m²", 5, 200),
    /** Housing added per child. */
    HOUSING_M2_PER_CHILD("norm.housing.m2PerChild", "m²", 0, 100),
    /** Longest technocrat term; the source caps it at two years (§5.1), so no amendment may exceed 24 months. */
    TECHNOCRAT_TERM_MONTHS("term.technocrat.maxMonths", "months", 1, 24),
    /** How long an ethics council member sits before rotating out (the source says monthly, §6.4). */
    ETHICS_ROTATION_MONTHS("term.ethics.rotationMonths", "months", 1, 24),
    /** Share of the Correlation Center's staff replaced at each rotation (§5.4: 50%). */
    CC_ROTATION_SHARE("rotation.cc.share", "share", 0.1, 1),
    /** Months between two rotations of the Correlation Center's staff (§5.4: every 2 years). */
    CC_ROTATION_PERIOD_MONTHS("rotation.cc.periodMonths", "months", 1, 60),
    /** Jurors drawn per decision (§5.3). */
    JURY_SIZE("jury.size", "people", 12, 5000),
    /** Share of the jury's roll that must vote. */
    JURY_QUORUM("jury.quorum", "share", 0.1, 1),
    /** Citizens on an appeal panel (§6.4: 12). */
    APPEAL_PANEL_SIZE("appeal.panelSize", "people", 3, 50),
    /** Experts beside an appeal panel (§6.4: 1); they advise and do not vote. */
    APPEAL_EXPERTS("appeal.experts", "people", 1, 3),
    /** Votes for one option an appeal panel needs to decide (default 7 of 12). */
    APPEAL_DECISION_VOTES("appeal.decisionVotes", "votes", 2, 50),
    /** Days after the sanction date within which an appeal may be filed. */
    APPEAL_FILING_DAYS("appeal.filingDays", "days", 1, 365),
    /** Years after which an isolation measure is reviewed again (§6.3: 5). */
    ISOLATION_REVIEW_YEARS("appeal.isolationReviewYears", "years", 1, 10),
    /** Years between two ordinary constitutional reviews (§2.2: 10). */
    REVIEW_INTERVAL_YEARS("review.intervalYears", "years", 1, 20),
    /** Citizens drawn for a constitutional assembly (1,000 or more). */
    ASSEMBLY_SIZE("assembly.size", "people", 1000, 100000),
    /** Share of the assembly's roll that must vote on an amendment. */
    ASSEMBLY_QUORUM("assembly.quorum", "share", 0.1, 1),
    /** Share of the ballots cast an amendment needs to be accepted. */
    AMENDMENT_MAJORITY("amendment.majority", "share", 0.5, 1),
    /** Share of all citizens who must support an initiative for it to open an extraordinary review. */
    INITIATIVE_SUPPORT_SHARE("initiative.supportShare", "share", 0.0001, 0.5),
    /** Citizens (the proposer first) who must support a citizens' initiative before a technocrat analyses it (§5.1). */
    INITIATIVE_SUPPORTERS("initiative.supporters", "people", 2, 1000000),
    /** Share of the ballots cast by which the annual civic assembly opens an extraordinary review (more than half). */
    CIVIC_REVIEW_MAJORITY("civic.reviewMajority", "share", 0.5, 1);

    private final String key;
    private final String unit;
    private final BigDecimal min;
    private final BigDecimal max;

    Parameter(String key, String unit, double min, double max) {
        this.key = key;
        this.unit = unit;
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
    }

    /** The stable key under which the value is stored and published, e.g. "norm.water.litresPerDay". */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** Whether values are whole numbers (everything but shares). */
    public boolean whole() {
        return !"share".equals(unit);
    }

    public static Parameter byKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown constitutional parameter: " + key);
    }
}
