package org.rbe.governance.workflow.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.rbe.governance.shared.Sha256;

/**
 * The order in which the holders of a role are offered an overdue task: the role's roster sorted by login, shuffled
 * with a seed from SHA-256 of the case number, the task and the escalation count; the first one eligible (no other
 * role in the case, no task of the same kind in it) takes it. Anyone can recompute it from the ledger entry; neither
 * the machine nor the time of day changes it.
 */
final class EscalationDraw {
    private EscalationDraw() {
    }

    static long seed(long caseNumber, String taskKey, int escalation) {
        byte[] digest = Sha256.of(("task-deadline-v1\n" + caseNumber + "\n" + taskKey + "\n" + escalation)
                .getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    /** {@code candidates} sorted by login, then shuffled with {@code seed} (java.util.Random's specified algorithm). */
    static List<String> order(List<String> candidates, long seed) {
        List<String> order = new ArrayList<>(candidates);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        return List.copyOf(order);
    }
}
