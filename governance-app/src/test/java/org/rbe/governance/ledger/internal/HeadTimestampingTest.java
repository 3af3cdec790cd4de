package org.rbe.governance.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rbe.governance.cycle.CycleTestSupport;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.ledger.LedgerEntry;
import org.rbe.governance.ledger.LedgerHead;
import org.rbe.governance.minutes.LocalTimestampAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a timestamp authority configured, the ledger's head is countersigned with an RFC 3161 token over SHA-256 of the
 * head hash; the stamp is announced in the chain, and a head with nothing new since is not stamped again.
 */
class HeadTimestampingTest extends CycleTestSupport {
    private static final LocalTimestampAuthority TSA = start();
    @Autowired
    HeadTimestamping stamping;
    @Autowired
    AuditLedger ledger;

    private static LocalTimestampAuthority start() {
        try {
            return new LocalTimestampAuthority("register", "tsa secret");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void authority(DynamicPropertyRegistry registry) {
        registry.add("governance.minutes.tsa-url", TSA::url);
        registry.add("governance.minutes.tsa-user", () -> "register");
        registry.add("governance.minutes.tsa-password", () -> "tsa secret");
    }

    @AfterAll
    static void stop() {
        TSA.close();
    }

    @Test
    void theHeadIsTimestampedOnceUntilSomethingNewIsRecorded() throws Exception {
        ledger.append("TEST_FACT", "test:1", java.util.Map.of("n", 1));
        LedgerHead head = ledger.head();
        assertThat(stamping.stamp()).contains(head.entries());

        HeadTimestamping.Stamp stamp = stamping.all().get(stamping.all().size() - 1);
        assertThat(stamp.seq()).isEqualTo(head.entries());
        assertThat(stamp.headHash()).isEqualTo(head.hash());
        TimeStampToken token = new TimeStampToken(new CMSSignedData(Base64.getDecoder().decode(stamp.token())));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(head.hash().getBytes(StandardCharsets.US_ASCII)));
        LedgerEntry announced = ledger.entries(head.entries() + 1, 1).get(0);
        assertThat(announced.type()).isEqualTo(HeadTimestamping.TYPE);
        assertThat(announced.payload()).contains("\"seq\":" + head.entries(), head.hash());

        assertThat(stamping.stamp()).as("nothing new since the stamp").isEmpty();
        ledger.append("TEST_FACT", "test:2", java.util.Map.of("n", 2));
        long newHead = ledger.head().entries();
        assertThat(stamping.stamp()).contains(newHead);
        assertThat(ledger.verify().ok()).isTrue();
    }
}
