package org.rbe.governance.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The JSON-lines form of an entry: {@code {"seq":..,"recordedAt":"ISO time","recordedAtMillis":..,"type":..,
 * "subject":..,"payload":"exact JSON text","prevHash":..,"hash":..}}. The payload travels as a string so its bytes,
 * which the hash covers, survive any re-formatting. The hash covers the time as milliseconds; a line whose readable
 * time says otherwise is refused.
 */
public final class LedgerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerJson() {
    }

    public static String line(LedgerEntry e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("seq", e.seq());
        o.put("recordedAt", e.recordedAt().toString());
        o.put("recordedAtMillis", e.recordedAt().toEpochMilli());
        o.put("type", e.type());
        o.put("subject", e.subject());
        o.put("payload", e.payload());
        o.put("prevHash", e.prevHash());
        o.put("hash", e.hash());
        return o.toString();
    }

    public static LedgerEntry parse(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            long millis = o.get("recordedAtMillis").asLong();
            // the hash covers the time in milliseconds; the readable time must say the same
            if (Instant.parse(o.get("recordedAt").asText()).toEpochMilli() != millis) {
                throw new IllegalArgumentException("recordedAt " + o.get("recordedAt").asText()
                        + " is not the time recordedAtMillis " + millis + " says");
            }
            return new LedgerEntry(o.get("seq").asLong(), Instant.ofEpochMilli(millis),
                    o.get("type").asText(), o.get("subject").asText(), o.get("payload").asText(), o.get("prevHash").asText(),
                    o.get("hash").asText());
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a ledger line: " + e.getMessage(), e);
        }
    }
}
