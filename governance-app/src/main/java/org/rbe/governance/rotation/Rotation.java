package org.rbe.governance.rotation;

import java.time.LocalDate;
import java.util.List;

/**
 * The rosters of the rotating offices and their rotation. Reminders and rotations run daily on their own; an
 * administrator can read the rosters and run the day's rotation by hand.
 */
public interface Rotation {
    /** The terms of an office, active first, each by end date. */
    List<TermView> roster(Office office);

    /** The current user's own terms and reminders. */
    List<TermView> myTerms();

    List<ReminderView> myReminders();

    /** Reminds every holder whose term ends within {@code daysAhead} days of {@code today} (once per term). */
    List<ReminderView> remind(LocalDate today, int daysAhead);

    /**
     * The current user, drawn as a successor, accepts (and takes the office over from the outgoing holder) or declines
     * (the jury module draws someone else, who is invited in turn) the term {@code termId}.
     */
    TermView respond(long termId, boolean accept);

    /**
     * Draws by lot a successor for every term that is over on {@code today} and invites them; the outgoing holder stays
     * in office (HANDOVER) until the successor accepts. Returns one entry per office.
     */
    List<RotationView> rotate(LocalDate today);

    /** An administrator runs today's reminders and rotation by hand; returns how many reminders and rotations. */
    int[] runToday(int remindDays);

    /** Every rotation so far, newest first. */
    List<RotationView> history();
}
