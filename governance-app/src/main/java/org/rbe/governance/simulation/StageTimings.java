package org.rbe.governance.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Seconds per stage of a simulated run, written as {@code timings.json} beside the minutes. */
final class StageTimings {
    private final Map<String, Double> stages = new LinkedHashMap<>();

    <T> T timed(String stage, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        stages.put(stage, (System.nanoTime() - start) / 1e9);
        return result;
    }

    void write(Path out, String process, long caseNumber, String documentId, String sha256) throws IOException {
        StringBuilder sb = new StringBuilder("{\n  \"process\": \"").append(process).append("\",\n  \"caseId\": ")
                .append(caseNumber).append(",\n  \"documentId\": \"").append(documentId)
                .append("\",\n  \"minutesSha256\": \"").append(sha256).append("\",\n  \"stages\": {\n");
        double total = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : stages.entrySet()) {
            total += e.getValue();
            sb.append("    \"").append(e.getKey()).append("\": ").append(String.format(Locale.ROOT, "%.3f", e.getValue()))
                    .append(++i < stages.size() ? ",\n" : "\n");
        }
        sb.append("  },\n  \"totalSeconds\": ").append(String.format(Locale.ROOT, "%.3f", total)).append("\n}\n");
        Files.writeString(out.resolve("timings.json"), sb.toString(), StandardCharsets.UTF_8);
    }
}
