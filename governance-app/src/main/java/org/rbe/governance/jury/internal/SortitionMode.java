package org.rbe.governance.jury.internal;

import org.rbe.governance.draws.AnnouncedSeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rbe.governance.shared.CommandLineMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sortition --categories FILE --people FILE --panel-size K [--algorithm leximin|legacy] [--seed S |
 * --randomness SOURCE ...] --out DIR}: selection probabilities, a seeded panel and a report, without starting the
 * application. Writes probabilities.csv, panel.csv, report.json and record.json (for {@code sortition-verify}).
 * Exit codes: 0 done, 2 bad arguments or input, 3 infeasible quotas, 4 out of time, 1 anything else.
 */
public class SortitionMode implements CommandLineMode {
    static final String USAGE = "sortition --categories FILE --people FILE --panel-size K [--algorithm leximin|legacy]"
            + " [--seed S | --randomness TEXT ...] [--time-limit SECONDS] --out DIR";

    @Override
    public String name() {
        return "sortition";
    }

    @Override
    public String usage() {
        return USAGE + "   selection probabilities and a seeded panel";
    }

    @Override
    public int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args, true);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: java -jar governance-app.jar " + USAGE);
            return 2;
        }
        quietOjAlgo();
        try {
            SelectionInstance instance = SelectionFiles.read(options.categories, options.people, options.k);
            SelectionRun run = SelectionRun.run(instance, options.algorithm, options.seed, options.timeLimitMillis);
            write(options.out, run, options.randomness);
            System.out.printf(Locale.ROOT, "%s: n=%d k=%d minimum probability %.4f, Gini %.4f, %.2f s; wrote %s%n",
                    run.selector().algorithm(), instance.size(), instance.k(), run.minimumProbability(), run.gini(),
                    run.seconds(), options.out.toAbsolutePath());
            return 0;
        } catch (SelectionFiles.BadInput | IllegalArgumentException e) {
            System.err.println("Bad input: " + e.getMessage());
            return 2;
        } catch (SelectionRun.InfeasibleQuotas e) {
            System.err.println(e.getMessage());
            return 3;
        } catch (Leximin.Unfinished e) {
            System.err.println(e.getMessage());
            return 4;
        } catch (Legacy.NoPanel e) {
            System.err.println(e.getMessage() + "; LEXIMIN may still find one (--algorithm leximin)");
            return 3;
        } catch (IOException e) {
            System.err.println("Cannot write the results: " + e.getMessage());
            return 1;
        }
    }

    static void write(Path out, SelectionRun run, List<String> randomness) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> file : outputs(run, randomness).entrySet()) {
            Files.write(out.resolve(file.getKey()), file.getValue());
        }
    }

    /**
     * The files this mode writes, by name, in order: probabilities.csv, panel.csv, report.json and record.json
     * (what {@code sortition-verify} checks). The admin screen offers the same files for download.
     */
    public static Map<String, byte[]> outputs(SelectionRun run, List<String> randomness) {
        SelectionInstance instance = run.instance();
        double[] p = run.probabilities();
        StringBuilder probabilities = new StringBuilder("id,probability\n");
        for (int i = 0; i < p.length; i++) {
            probabilities.append(SelectionFiles.quote(instance.id(i))).append(',').append(String.format(Locale.ROOT, "%.6f", p[i])).append('\n');
        }
        StringBuilder panel = new StringBuilder("id\n");
        for (int i : run.panel()) {
            panel.append(SelectionFiles.quote(instance.id(i))).append('\n');
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("n", instance.size());
        report.put("k", instance.k());
        report.put("algorithm", run.selector().algorithm());
        report.put("minimum_probability", run.minimumProbability());
        report.put("gini", run.gini());
        report.put("seconds", run.seconds());
        report.put("seed", run.seed());
        if (run.selector() instanceof Lottery lottery) {
            report.put("types", lottery.types().count());
            report.put("panels_in_lottery", lottery.panels().size());
            report.put("stages", lottery.stats().stages());
            report.put("share_of_leximin_bound", lottery.stats().shareOfBound());
        } else {
            report.put("estimated_from_draws", SelectionRun.LEGACY_DRAWS);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("probabilities.csv", probabilities.toString().getBytes(StandardCharsets.UTF_8));
        files.put("panel.csv", panel.toString().getBytes(StandardCharsets.UTF_8));
        try {
            files.put("report.json", json.writeValueAsBytes(report));
            files.put("record.json", json.writeValueAsBytes(DrawRecord.of(run, randomness)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** ojAlgo prints a note about hardware profiles on standard output when first loaded; keep the output clean. */
    static void quietOjAlgo() {
        java.io.PrintStream out = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            Object environment = org.ojalgo.OjAlgoUtils.ENVIRONMENT;
        } finally {
            System.setOut(out);
        }
    }

    /** The command line, shared with the verify mode. */
    static final class Options {
        Path categories;
        Path people;
        int k;
        String algorithm = "leximin";
        long seed;
        List<String> randomness = new ArrayList<>();
        long timeLimitMillis;
        Path out;
        Path record;

        static Options parse(String[] args, boolean draw) {
            Options o = new Options();
            Long seed = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value after " + arg);
                }
                String value = args[++i];
                switch (arg) {
                    case "--categories" -> o.categories = Path.of(value);
                    case "--people" -> o.people = Path.of(value);
                    case "--panel-size" -> o.k = number(arg, value);
                    case "--algorithm" -> {
                        o.algorithm = value.toLowerCase(Locale.ROOT);
                        if (!o.algorithm.equals("leximin") && !o.algorithm.equals("legacy")) {
                            throw new IllegalArgumentException("--algorithm must be leximin or legacy, not " + value);
                        }
                    }
                    case "--seed" -> {
                        try {
                            seed = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed must be a whole number, not " + value);
                        }
                    }
                    case "--randomness" -> o.randomness.add(value);
                    case "--time-limit" -> o.timeLimitMillis = 1000L * number(arg, value);
                    case "--out" -> o.out = Path.of(value);
                    case "--record" -> o.record = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + arg);
                }
            }
            if (o.categories == null || o.people == null) {
                throw new IllegalArgumentException("--categories and --people are required");
            }
            if (draw) {
                if (o.out == null) {
                    throw new IllegalArgumentException("--out is required");
                }
                if (o.k <= 0) {
                    throw new IllegalArgumentException("--panel-size must be a positive number");
                }
                if (seed != null && !o.randomness.isEmpty()) {
                    throw new IllegalArgumentException("Give either --seed or --randomness, not both");
                }
                o.seed = seed != null ? seed
                        : !o.randomness.isEmpty() ? AnnouncedSeed.seed(o.randomness) : new SecureRandom().nextLong();
            } else if (o.record == null) {
                throw new IllegalArgumentException("--record is required");
            }
            return o;
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, not " + value);
            }
        }
    }
}
