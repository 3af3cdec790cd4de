package org.rbe.governance.jury.internal;

import org.rbe.governance.shared.Messages;
import org.rbe.governance.shared.UserFacingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the practitioners' formats into a {@link SelectionInstance}:
 * <ul>
 * <li>the Nature paper's replication data: {@code category,feature,min,max} and a respondents file with one
 * column per category (extra columns ignored), a person's id being their 0-based row;</li>
 * <li>the Sortition Foundation's: {@code feature,value,min,max[,min_flex,max_flex]} (also the older
 * {@code category,name,...}) and a people file with an id column ({@code id}, {@code nationbuilder_id}, or any
 * column whose name ends in {@code id}) and one column per feature.</li>
 * </ul>
 * Problems are reported as {@link BadInput} with the file and line.
 */
public final class SelectionFiles {
    private SelectionFiles() {
    }

    /** Input that cannot be used, with a message meant for the person who supplied it. */
    /** A file that cannot be used: the reason (file and line), translated where it is shown. */
    public static final class BadInput extends UserFacingException {
        BadInput(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }

    public static List<SelectionInstance.Feature> readFeatures(Path file) {
        return readFeatures(file.toString(), text(file));
    }

    /** Reads a categories file given as text; {@code file} names it in messages. */
    public static List<SelectionInstance.Feature> readFeatures(String file, String text) {
        List<List<String>> rows = csv(file, text);
        if (rows.isEmpty()) {
            throw new BadInput("sortition.file.categoriesEmpty", file);
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int category = firstOf(header, "category", "feature");
        int value = header.get(0).equals("category") && header.contains("feature") ? header.indexOf("feature")
                : firstOf(header, "value", "name", "feature");
        if (category == value) {
            value = firstOf(header, "value", "name");
        }
        int min = header.indexOf("min");
        int max = header.indexOf("max");
        int minFlex = header.indexOf("min_flex");
        int maxFlex = header.indexOf("max_flex");
        if (category < 0 || value < 0 || min < 0 || max < 0) {
            throw new BadInput("sortition.file.badHeader", file, String.join(",", rows.get(0)));
        }
        Map<String, List<SelectionInstance.Feature>> byCategory = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Messages.Text where = new Messages.Text("sortition.file.line", file, r + 1);
            String c = cell(row, category, where).trim();
            String v = cell(row, value, where).trim();
            int lo = integer(cell(row, min, where), where, "min");
            int hi = integer(cell(row, max, where), where, "max");
            int loFlex = minFlex >= 0 && minFlex < row.size() && !row.get(minFlex).isBlank()
                    ? integer(row.get(minFlex), where, "min_flex") : 0;
            int hiFlex = maxFlex >= 0 && maxFlex < row.size() && !row.get(maxFlex).isBlank()
                    ? integer(row.get(maxFlex), where, "max_flex") : Integer.MAX_VALUE;
            if (lo < 0 || hi < lo) {
                throw new BadInput("sortition.file.minMax", where, c, v, lo, hi);
            }
            if (loFlex > lo || hiFlex < hi) {
                throw new BadInput("sortition.file.flex", where, c, v);
            }
            List<SelectionInstance.Feature> list = byCategory.computeIfAbsent(c, x -> new ArrayList<>());
            if (list.stream().anyMatch(f -> f.value().equals(v))) {
                throw new BadInput("sortition.file.twice", where, c, v);
            }
            list.add(new SelectionInstance.Feature(c, v, lo, hi, loFlex, hiFlex));
        }
        if (byCategory.isEmpty()) {
            throw new BadInput("sortition.file.noQuotas", file);
        }
        return byCategory.values().stream().flatMap(List::stream).toList();
    }

    /** Reads the people for the given features; the id is the id column's value or the 0-based row index. */
    public static SelectionInstance read(Path categoriesFile, Path peopleFile, int k) {
        return read(categoriesFile.toString(), text(categoriesFile), peopleFile.toString(), text(peopleFile), k);
    }

    /** As {@link #read(Path, Path, int)}, from files received as bytes (UTF-8), named in messages by their names. */
    public static SelectionInstance read(String categoriesName, byte[] categories, String peopleName, byte[] people, int k) {
        return read(categoriesName, new String(categories, StandardCharsets.UTF_8), peopleName,
                new String(people, StandardCharsets.UTF_8), k);
    }

    private static SelectionInstance read(String categoriesFile, String categoriesText, String peopleFile,
                                          String peopleText, int k) {
        List<SelectionInstance.Feature> features = readFeatures(categoriesFile, categoriesText);
        List<List<String>> rows = csv(peopleFile, peopleText);
        if (rows.isEmpty()) {
            throw new BadInput("sortition.file.peopleEmpty", peopleFile);
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        Map<String, Integer> column = new HashMap<>();
        for (SelectionInstance.Feature f : features) {
            int c = header.indexOf(f.category());
            if (c < 0) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).equalsIgnoreCase(f.category())) {
                        c = i;
                    }
                }
            }
            if (c < 0) {
                throw new BadInput("sortition.file.noColumn", peopleFile, f.category(), String.join(",", header));
            }
            column.put(f.category(), c);
        }
        int idColumn = idColumn(header);
        List<String> ids = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Messages.Text where = new Messages.Text("sortition.file.line", peopleFile, r + 1);
            String id = idColumn < 0 ? String.valueOf(ids.size()) : cell(row, idColumn, where).trim();
            if (!seen.add(id)) {
                throw new BadInput("sortition.file.idTwice", where, id);
            }
            Map<String, String> person = new HashMap<>();
            column.forEach((category, c) -> person.put(category, cell(row, c, where).trim()));
            ids.add(id);
            values.add(person);
        }
        if (k <= 0) {
            throw new BadInput("sortition.file.panelSize", k);
        }
        if (k > ids.size()) {
            throw new BadInput("sortition.file.panelTooLarge", k, ids.size());
        }
        try {
            return SelectionInstance.of(features, ids, values, null, k);
        } catch (IllegalArgumentException e) {
            throw new BadInput("sortition.file.invalid", peopleFile, e.getMessage());
        }
    }

    /** The two practitioners' layouts of a quota table. */
    public enum Format {
        /** The Nature paper's replication data: {@code category,feature,min,max}. */
        CATEGORY_FEATURE("category,feature,min,max"),
        /** The Sortition Foundation's: {@code feature,value,min,max,min_flex,max_flex}. */
        FEATURE_VALUE("feature,value,min,max,min_flex,max_flex");

        private final String header;

        Format(String header) {
            this.header = header;
        }
    }

    /** A quota table in {@code format}, readable again by {@link #readFeatures}; an unbounded max_flex is left blank. */
    public static String writeFeatures(List<SelectionInstance.Feature> features, Format format) {
        StringBuilder text = new StringBuilder(format.header).append('\n');
        for (SelectionInstance.Feature f : features) {
            text.append(quote(f.category())).append(',').append(quote(f.value())).append(',').append(f.min()).append(',')
                    .append(f.max());
            if (format == Format.FEATURE_VALUE) {
                text.append(',').append(f.minFlex()).append(',')
                        .append(f.maxFlex() == Integer.MAX_VALUE ? "" : String.valueOf(f.maxFlex()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** One CSV field, quoted when it holds a comma, a quote or a line break. */
    static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static int idColumn(List<String> header) {
        for (String name : List.of("id", "nationbuilder_id", "person_id", "ID")) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            if (h.endsWith("_id") || h.equals("id")) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(List<String> header, String... names) {
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int index, Messages.Text where) {
        if (index >= row.size()) {
            throw new BadInput("sortition.file.columns", where, index + 1, row.size());
        }
        return row.get(index);
    }

    private static int integer(String text, Messages.Text where, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInput("sortition.file.notNumber", where, what, text);
        }
    }

    /** RFC 4180 CSV: quoted fields with doubled quotes and embedded commas or line breaks; a BOM is skipped. */
    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput("sortition.file.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    static List<List<String>> csv(String file, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new BadInput("sortition.file.quote", file);
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
