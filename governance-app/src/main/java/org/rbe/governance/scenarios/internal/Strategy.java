package org.rbe.governance.scenarios.internal;

/**
 * One objective weighting of the model, with optional caps on a lever (share of capacity usable).
 * Weights multiply the data's own costs; reserve and substitution weights are in units of the
 * highest import cost so that they compare with real costs.
 *
 * @param kind             which policy this is (titles and explanations)
 * @param transferWeight   multiplier on each tonne's transfer cost
 * @param importWeight     multiplier on each tonne's import cost
 * @param substitutionWeight cost (negative: reward) per tonne of staple replaced
 * @param reserveReward    reward per tonne of staple-equivalent left in reserve
 * @param stapleReserveReward reward per tonne of the staple itself left in reserve
 * @param balanceReward    reward for raising the smallest reserve share of need across regions
 * @param cappedShare      share of the capped lever that may be used (1 = uncapped)
 */
public record Strategy(Kind kind, double transferWeight, double importWeight, double substitutionWeight,
                       double reserveReward, double stapleReserveReward, double balanceReward, double cappedShare) {

    /** The five policies and the lever each one leans on (capped in revised rounds). */
    public enum Kind {
        LOCAL(Lever.SUBSTITUTION), TRANSFERS(Lever.TRANSFER), IMPORT(Lever.IMPORT), SUBSTITUTION(Lever.SUBSTITUTION),
        RESERVE(Lever.IMPORT);

        public final Lever lever;

        Kind(Lever lever) {
            this.lever = lever;
        }
    }

    /** What a revision may limit. */
    public enum Lever { TRANSFER, IMPORT, SUBSTITUTION }

    public static Strategy of(Kind kind) {
        return switch (kind) {
            case LOCAL -> new Strategy(kind, 5, 5, 0.05, 0, 0, 0, 1);
            case TRANSFERS -> new Strategy(kind, 1, 5, 0.5, 0, 0, 1, 1);
            case IMPORT -> new Strategy(kind, 3, 1, 0.5, 1.2, 0, 0, 1);
            case SUBSTITUTION -> new Strategy(kind, 1, 5, -0.6, 0, 0, 0, 1);
            case RESERVE -> new Strategy(kind, 0.2, 0.2, 0.2, 0, 3, 0, 1);
        };
    }

    /** The same policy with its lever limited to {@code share} of what is available. */
    public Strategy capped(double share) {
        return new Strategy(kind, transferWeight, importWeight, substitutionWeight, reserveReward,
                stapleReserveReward, balanceReward, share);
    }

    public double share(Lever lever) {
        return kind.lever == lever ? cappedShare : 1.0;
    }

    public boolean isCapped() {
        return cappedShare < 1.0;
    }
}
