package org.rbe.governance.appeals;

import java.util.List;

/** Sanctions: recorded by administrators, seen by the person sanctioned and by those who hear their appeal. */
public interface Sanctions {
    /** Records a sanction (administrators only); its appeal deadline follows from the filing days in force that day. */
    SanctionView impose(NewSanction sanction);

    /** Every sanction, newest first (administrators only). */
    List<SanctionView> all();

    /** A sanction, for an administrator, the person sanctioned, or the panel and expert of an appeal against it. */
    SanctionView get(long sanctionId);

    /** The current citizen's own sanctions, newest first. */
    List<SanctionView> mine();
}
