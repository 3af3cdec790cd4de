package org.rbe.governance.proceedings;

import java.time.Instant;
import java.util.List;

/**
 * A body's deliberation as its reader may see it: anyone sees the questions with their answers and the public
 * arguments; a member also sees their own seat, their table's posts and, while it runs, the tables' summaries, which
 * everyone sees once it is closed, as the reasons members gave.
 *
 * @param seat         the reader's own seat, or null when the reader is not a member
 * @param tablePosts   the reader's table's discussion (empty for a non-member)
 * @param summaries    the latest summary of each table (members while open; everyone once closed)
 * @param reasons      the reasons given, in random order; empty until closed
 */
public record DeliberationView(long panelId, long caseNumber, List<String> topics, boolean open, int tables,
                               Instant openedAt, Seat seat, List<Question> questions, List<Post> posts,
                               List<TablePost> tablePosts, List<TableSummary> summaries, List<Reason> reasons) {
    /** A member's seat: their pseudonym (never their name) and table. */
    public record Seat(String pseudonym, int table, boolean reasonsGiven) {
    }

    /** A question to the experts; the asker is shown only as a member of their table. */
    public record Question(long id, String topic, int table, String text, Instant askedAt, Instant dueAt, String answer,
                           String answeredBy, Instant answeredAt) {
        public boolean answered() {
            return answer != null;
        }
    }

    /** A public post; a hidden one keeps its place with the reason and loses its text. */
    public record Post(long id, String topic, Stance stance, String pseudonym, Long respondsTo, String text,
                       Instant postedAt, HideReason hiddenReason, String hiddenNote) {
        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    /** A message in a table's own discussion. */
    public record TablePost(int table, String pseudonym, String text, Instant postedAt) {
    }

    /** The latest summary a table wrote of its reasons, with its version. */
    public record TableSummary(int table, int version, String pseudonym, String text, Instant writtenAt) {
    }

    /** Reasons for what must change, linked to no member. */
    public record Reason(List<ChangeArea> mustChange, String text) {
    }
}
