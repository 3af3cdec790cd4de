package org.rbe.governance.appeals;

import java.util.List;

/**
 * A step of an appeal the appellant is told about: a line of the appeal's timeline, or a notice ({@code urgent}: a
 * refusal, a replaced panel, the decision). {@code key} is a message of the appeals bundle with its
 * {@code arguments} already as text. Not ledgered: the ledger never names the appellant ({@link AppealFiled}).
 */
public record AppealStepNoticed(long appealId, long appellantId, String key, List<String> arguments, boolean urgent) {
    public AppealStepNoticed {
        arguments = List.copyOf(arguments);
    }
}
