package org.rbe.governance.minutes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the time and size of signing the minutes of a 500-juror decision (cold first call, then the
 * best and mean of warm calls); with an argument, also writes the signed PDF there for inspection.
 */
public final class MinutesBench {
    private MinutesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path keys = Files.createTempDirectory("minutes-bench");
        MinutesPublisher publisher = new MinutesPublisher(
                MinutesSettings.development(keys.resolve("dev-signing.p12"), "Bench"), null);
        Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.forLanguageTag("ru");
        MinutesContent content = MinutesFixtures.wheatDecision(locale, MinutesFixtures.MERKLE_ROOT,
                MinutesFixtures.AUDIT_HEAD);
        long start = System.nanoTime();
        SignedMinutes first = publisher.publish(content);
        long cold = System.nanoTime() - start;
        int runs = 20;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            publisher.publish(content);
            long elapsed = System.nanoTime() - t;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf("500-juror minutes: %d bytes; cold (key generation, font parsing) %d ms; "
                        + "warm best %d ms, mean %d ms over %d runs%n", first.pdf().length, cold / 1_000_000,
                best / 1_000_000, total / runs / 1_000_000, runs);
        if (args.length > 0) {
            Files.write(Path.of(args[0]), first.pdf());
        }
    }
}
