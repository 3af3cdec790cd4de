package org.rbe.governance.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Appeals as the people in them use them: the sanctioned citizen files and follows their appeal, the panel and the
 * expert read the case and exchange messages with the appellant before the hearing. Every method checks that the
 * current user may see or do it.
 */
public interface Appeals {
    /** The current citizen appeals their sanction with a statement and optional files; starts the appeal process. */
    AppealView file(long sanctionId, String statement, List<Attachment> attachments);

    AppealView get(long appealId);

    /** The appeals against one sanction, oldest first. */
    List<AppealView> ofSanction(long sanctionId);

    /** The current citizen's appeals as appellant, newest first. */
    List<AppealView> mine();

    /** The appeals the current user sits on, as panelist or expert, newest first. */
    List<AppealView> onMyPanels();

    /** Every panel that sat on the appeal, in order. */
    List<AppealPanelView> panels(long appealId);

    Optional<AppealPanelView> currentPanel(long appealId);

    /**
     * The deadline by which the appeal panel drawn as jury panel {@code juryPanelId} decides, as its invitation states
     * it; empty when that panel is not an appeal's.
     */
    Optional<java.time.Instant> decisionDeadlineOfPanel(long juryPanelId);

    /** Posts a hearing message (appellant, panelist who accepted, or expert), before the vote opens. */
    AppealMessage post(long appealId, String body);

    List<AppealMessage> messages(long appealId);

    /** A panelist who accepted, or the expert, proposes the measure the "modify" option would set. */
    void proposeMeasure(long appealId, String measure);

    List<AttachmentView> attachments(long appealId);

    byte[] attachment(long appealId, long attachmentId);

    /** The current citizen's notices about their appeals, newest first. */
    List<AppealNotice> myNotices(Locale locale);

    /** Opens the five-year review of every upheld isolation measure due on or before {@code today}; returns how many. */
    int openDueIsolationReviews(LocalDate today);
}
