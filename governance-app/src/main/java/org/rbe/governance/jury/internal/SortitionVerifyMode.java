package org.rbe.governance.jury.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.rbe.governance.shared.CommandLineMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sortition-verify --categories FILE --people FILE --record FILE|DIR}: re-runs a published draw from its
 * record (record.json as the sortition mode writes it) and the inputs at hand; exit 0 when the same people are
 * drawn from the same pool, quotas, probabilities and seed, 1 with every difference listed otherwise.
 * {@code sortition-verify --record DIR} alone re-runs a draw of the application (a jury, an appeal panel, an
 * assembly...) from the folder it publishes ({@link PanelDrawFiles}: pool.csv and record.json).
 */
public class SortitionVerifyMode implements CommandLineMode {
    static final String USAGE = "sortition-verify --record DIR (a draw of the application, as published) |"
            + " --categories FILE --people FILE --record FILE|DIR";

    @Override
    public String name() {
        return "sortition-verify";
    }

    @Override
    public String usage() {
        return USAGE + "   re-run a published draw and check it";
    }

    @Override
    public int run(String[] args) {
        if (args.length == 2 && "--record".equals(args[0]) && Files.isDirectory(Path.of(args[1]))) {
            try {
                var record = PanelDrawFiles.readIfPanelDraw(Path.of(args[1]));
                if (record.isPresent()) {
                    return verifyPublished(Path.of(args[1]), record.get());
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("NOT VERIFIED: the draw could not be read: " + e.getMessage());
                return 1;
            }
        }
        SortitionMode.Options options;
        try {
            options = SortitionMode.Options.parse(args, false);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: java -jar governance-app.jar " + USAGE);
            return 2;
        }
        SortitionMode.quietOjAlgo();
        try {
            Path file = Files.isDirectory(options.record) ? options.record.resolve("record.json") : options.record;
            DrawRecord record = new ObjectMapper().readValue(file.toFile(), DrawRecord.class);
            SelectionInstance instance = SelectionFiles.read(options.categories, options.people, record.k());
            List<String> problems = record.verify(instance, options.timeLimitMillis);
            if (problems.isEmpty()) {
                System.out.println("VERIFIED: " + record.algorithm() + ", seed " + record.seed() + ", " + record.panel().size()
                        + " people drawn from " + record.n() + "; pool, quotas, probabilities and panel match.");
                return 0;
            }
            System.err.println("NOT VERIFIED:");
            problems.forEach(p -> System.err.println("  - " + p));
            return 1;
        } catch (SelectionFiles.BadInput | IllegalArgumentException e) {
            System.err.println("NOT VERIFIED: bad input: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("NOT VERIFIED: cannot read the record: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("NOT VERIFIED: the draw could not be re-run: " + e.getMessage());
            return 1;
        }
    }

    private static int verifyPublished(Path dir, PanelDrawFiles.Record record) {
        try {
            List<String> problems = PanelDrawFiles.verify(dir, record);
            if (problems.isEmpty()) {
                System.out.println("VERIFIED: panel " + record.panelId() + " (" + record.purpose() + ", case "
                        + record.caseNumber() + "), " + record.algorithm() + ", seed " + record.seed() + ", "
                        + record.drawn().size() + " people drawn; pool.csv SHA-256 " + record.poolFileSha256()
                        + " (compare with the ledger's PANEL_DRAWN entry).");
                return 0;
            }
            System.err.println("NOT VERIFIED:");
            problems.forEach(p -> System.err.println("  - " + p));
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("NOT VERIFIED: the draw could not be read or re-run: " + e.getMessage());
            return 1;
        }
    }
}
