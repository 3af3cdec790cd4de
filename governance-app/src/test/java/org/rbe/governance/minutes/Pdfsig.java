package org.rbe.governance.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Poppler's {@code pdfsig}, the independent validator: its report of a file, when it is installed. */
final class Pdfsig {
    static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private Pdfsig() {
    }

    /** pdfsig's report on {@code pdf} (written to {@code dir}), or empty when pdfsig is missing and not required. */
    static Optional<String> report(byte[] pdf, Path dir, String fileName) throws Exception {
        if (System.getenv("REQUIRE_PDFSIG") != null) {
            assertThat(PDFSIG).as("CI installs poppler-utils for an independent check").isExecutable();
        }
        if (!Files.isExecutable(PDFSIG)) {
            return Optional.empty();
        }
        Path file = dir.resolve(fileName);
        Files.write(file, pdf);
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Optional.of(output);
    }
}
