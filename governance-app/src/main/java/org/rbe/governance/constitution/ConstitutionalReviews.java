package org.rbe.governance.constitution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Constitutional reviews as people take part in them: the ten-year review opened by its due date, citizens'
 * initiatives and their supporters, the assembly's amendment proposals and the ethics council's vetoes. Each
 * method checks that the current user may do it.
 */
public interface ConstitutionalReviews {
    /** Opens the ordinary review when {@code today} has reached the due date and it is not open yet (system). */
    Optional<ReviewView> openIfDue(LocalDate today);

    /**
     * Opens an extraordinary review because the annual civic assembly {@code assemblyId} voted for one (system): it
     * goes straight to drawing its own assembly, like the ten-year review, and leaves the ten-year due date alone.
     */
    ReviewView openByCivicAssembly(long assemblyId, String assemblyLabel);

    /** The current citizen starts an initiative for an extraordinary review; they are its first supporter. */
    InitiativeView startInitiative(String title, String proposal);

    /** The current citizen supports an initiative (once). */
    InitiativeView support(long initiativeId);

    /** The initiator submits the initiative: a review opens and first counts its supporters. */
    ReviewView submitInitiative(long initiativeId);

    List<InitiativeView> initiatives();

    ReviewView get(long reviewId);

    /** Every review, newest first. */
    List<ReviewView> all();

    List<AmendmentView> amendments(long reviewId);

    /** An assembly member who accepted proposes that {@code parameter} take {@code value} from {@code effectiveFrom}. */
    AmendmentView propose(long reviewId, Parameter parameter, BigDecimal value, LocalDate effectiveFrom, String rationale);

    /** An ethics council member with no other role in the review vetoes an amendment, with a published reason. */
    AmendmentView veto(long reviewId, long amendmentId, String reason);
}
