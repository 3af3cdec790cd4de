package org.rbe.governance.proceedings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of a deliberation, enforced on the server.
 *
 * @param tableSize          members a table, about
 * @param answerWithin       time the experts have to answer a question
 * @param postsPerDay        arguments a member may post in 24 hours
 * @param postsPerBody       arguments a member may post in one deliberation
 * @param openQuestions      unanswered questions a member may have at once
 * @param maxPostLength      characters of an argument or a table message
 */
@ConfigurationProperties("governance.deliberation")
public record DeliberationSettings(Integer tableSize, Duration answerWithin, Integer postsPerDay, Integer postsPerBody,
                                   Integer openQuestions, Integer maxPostLength) {
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_REASON = 1000;

    public DeliberationSettings {
        tableSize = tableSize == null ? 12 : tableSize;
        answerWithin = answerWithin == null ? Duration.ofHours(48) : answerWithin;
        postsPerDay = postsPerDay == null ? 5 : postsPerDay;
        postsPerBody = postsPerBody == null ? 20 : postsPerBody;
        openQuestions = openQuestions == null ? 3 : openQuestions;
        maxPostLength = maxPostLength == null ? 500 : Math.min(500, maxPostLength);
    }
}
