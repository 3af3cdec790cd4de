package org.rbe.governance.correlation.internal;

import org.rbe.governance.correlation.InvalidObservationsException;
import org.rbe.governance.correlation.Observation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses and validates an observation CSV (header {@code indicator,region,period,value,unit,source}
 * in any order, case-insensitive), so that a bad upload is refused before anything is stored.
 */
public final class ObservationCsv {
    /** The required columns, in canonical order. */
    public static final List<String> COLUMNS = List.of("indicator", "region", "period", "value", "unit", "source");

    private ObservationCsv() {
    }

    /** The observations of {@code csv}, or an {@link InvalidObservationsException} naming the first problem. */
    public static List<Observation> parse(byte[] csv) {
        String text = csv == null ? "" : new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int headerIndex = firstNonBlank(lines, 0);
        if (headerIndex < 0) {
            throw new InvalidObservationsException("correlation.error.empty");
        }
        int[] position = headerPositions(CsvLine.split(lines[headerIndex]));
        List<Observation> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String lineNo = String.valueOf(i + 1);
            List<String> fields = CsvLine.split(lines[i]);
            if (fields.size() != COLUMNS.size()) {
                throw new InvalidObservationsException("correlation.error.fieldCount", lineNo,
                        String.valueOf(fields.size()), String.valueOf(COLUMNS.size()));
            }
            String[] v = new String[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                v[c] = fields.get(position[c]).trim();
                if (v[c].isEmpty()) {
                    throw new InvalidObservationsException("correlation.error.blankField", lineNo, COLUMNS.get(c));
                }
            }
            double value = number(v[3], lineNo);
            String key = v[0] + "\u0000" + v[1] + "\u0000" + v[2];
            Integer previous = seen.putIfAbsent(key, i + 1);
            if (previous != null) {
                throw new InvalidObservationsException("correlation.error.duplicate", String.valueOf(previous),
                        lineNo, v[0], v[1], v[2]);
            }
            ForbiddenFactors.check(v[0], lineNo);
            result.add(new Observation(v[0], v[1], v[2], value, v[4], v[5]));
        }
        if (result.isEmpty()) {
            throw new InvalidObservationsException("correlation.error.noData");
        }
        return result;
    }

    private static int firstNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** For each canonical column, its index in the header. */
    private static int[] headerPositions(List<String> header) {
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicated = new LinkedHashSet<>();
        int[] position = new int[COLUMNS.size()];
        Arrays.fill(position, -1);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            int c = COLUMNS.indexOf(name);
            if (c < 0) {
                unknown.add(header.get(i).trim());
            } else if (position[c] >= 0) {
                duplicated.add(name);
            } else {
                position[c] = i;
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidObservationsException("correlation.error.unknownColumns", String.join(", ", unknown));
        }
        if (!duplicated.isEmpty()) {
            throw new InvalidObservationsException("correlation.error.duplicateColumns", String.join(", ", duplicated));
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (position[c] < 0) {
                missing.add(COLUMNS.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidObservationsException("correlation.error.missingColumns", String.join(", ", missing));
        }
        return position;
    }

    private static double number(String text, String lineNo) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && !text.endsWith("d") && !text.endsWith("D")
                    && !text.endsWith("f") && !text.endsWith("F")) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the line number
        }
        throw new InvalidObservationsException("correlation.error.notNumeric", lineNo, text);
    }
}
