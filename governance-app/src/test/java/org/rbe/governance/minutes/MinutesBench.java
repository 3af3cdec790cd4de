package org.rbe.governance.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbe.governance.minutes.internal.SigningKeyStore;

/**
 * Time and size of the minutes of a 500-juror decision (targets: under 1 s, under 1 MB): the development key's
 * generation and the warm-up the application runs at start (in a cold JVM: class loading, font parsing), the first
 * publication after it, then warm publish (render and sign, B-B), countersign, verify, and publish with a
 * timestamp from a local timestamp authority (B-T). Run with {@code mvn -B verify -Pbench}; lines start with BENCH.
 * {@code -Dminutes.bench.out=FILE.pdf} also writes the signed PDF for inspection.
 */
@Tag("bench")
class MinutesBench {
    private static final int RUNS = 20;

    @TempDir
    Path keys;

    @Test
    void minutesOfAFiveHundredJurorDecision() throws Exception {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ru"), Locale.ENGLISH}) {
            MinutesSettings settings = MinutesSettings.development(keys.resolve(locale + "/dev-signing.p12"), "Bench");
            MinutesPublisher publisher = new MinutesPublisher(settings, null);
            MinutesVerifier verifier = new MinutesVerifier(settings);
            MinutesContent content = MinutesFixtures.wheatDecision(locale, MinutesFixtures.MERKLE_ROOT,
                    MinutesFixtures.AUDIT_HEAD);

            long keyStart = System.nanoTime();
            SigningKeyStore.open(settings);
            long keyGeneration = System.nanoTime() - keyStart;
            long warmUp = publisher.warmUp();
            long start = System.nanoTime();
            SignedMinutes first = publisher.publish(content);
            long cold = System.nanoTime() - start;
            Timing publish = time(() -> publisher.publish(content));
            byte[] pdf = first.pdf();
            Timing countersign = time(() -> publisher.countersign(pdf, "Петров С. В.", "chair"));
            byte[] countersigned = publisher.countersign(pdf, "Петров С. В.", "chair").pdf();
            Timing verify = time(() -> verifier.verify(countersigned));
            Timing timestamped;
            try (LocalTimestampAuthority tsa = new LocalTimestampAuthority(null, null)) {
                MinutesPublisher bt = new MinutesPublisher(settings.withTimestampAuthority(tsa.url(), null, null), null);
                timestamped = time(() -> bt.publish(content));
            }

            System.out.printf(Locale.ROOT, "BENCH minutes %s 500 jurors: %d bytes (%.1f KB), countersigned %d bytes; "
                            + "development key generation %d ms (once per installation), warm-up at start %d ms "
                            + "(%s), then first publish %d ms%n",
                    locale, pdf.length, pdf.length / 1024.0, countersigned.length, keyGeneration / 1_000_000, warmUp,
                    locale.getLanguage().equals("ru") ? "cold JVM: class loading, font parsing" : "JVM already warm",
                    cold / 1_000_000);
            System.out.printf(Locale.ROOT, "BENCH minutes %s publish (render + sign B-B) %s%n", locale, publish);
            System.out.printf(Locale.ROOT, "BENCH minutes %s publish B-T (local TSA) %s%n", locale, timestamped);
            System.out.printf(Locale.ROOT, "BENCH minutes %s countersign %s%n", locale, countersign);
            System.out.printf(Locale.ROOT, "BENCH minutes %s verify (2 signatures) %s%n", locale, verify);
            assertThat(pdf.length).isLessThan(1_000_000);
            assertThat(countersigned.length).isLessThan(1_000_000);
            assertThat(publish.bestMillis()).isLessThan(1_000);
            String out = System.getProperty("minutes.bench.out");
            if (out != null && !out.isBlank()) {
                Files.write(Path.of(out.replace(".pdf", "-" + locale + ".pdf")), countersigned);
            }
        }
    }

    private record Timing(long bestMillis, long medianMillis, long meanMillis, long worstMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "best %d ms, median %d ms, mean %d ms, worst %d ms over %d warm runs",
                    bestMillis, medianMillis, meanMillis, worstMillis, RUNS);
        }
    }

    private static Timing time(Supplier<?> action) {
        action.get();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long mean = Arrays.stream(nanos).sum() / RUNS;
        return new Timing(nanos[0] / 1_000_000, nanos[RUNS / 2] / 1_000_000, mean / 1_000_000,
                nanos[RUNS - 1] / 1_000_000);
    }
}
