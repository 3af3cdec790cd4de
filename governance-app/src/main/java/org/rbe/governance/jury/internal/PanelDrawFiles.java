package org.rbe.governance.jury.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rbe.governance.citizens.CitizenProfile;
import org.rbe.governance.draws.AnnouncedSeed;
import org.rbe.governance.draws.DrawAnnouncement;
import org.rbe.governance.shared.Sha256;
import org.rbe.governance.shared.UserFacingException;

/**
 * A panel draw of the application as the files an outsider downloads and re-runs with {@code sortition-verify
 * --record DIR} alone: {@code pool.csv}, the eligible citizens under their registry numbers with the stratification
 * attributes and household (no names), and {@code record.json}: the pool file's SHA-256, quotas, seed, algorithm,
 * invitation count, the digests recorded at the draw, the lottery, who was drawn, and the announcement that fixed the
 * seed before the draw (its text, digest and the public values entered; see {@link AnnouncedSeed#verify}).
 */
public final class PanelDrawFiles {
    public static final String FORMAT = "rbe-panel-draw/1";
    static final String POOL = "pool.csv";
    static final String RECORD = "record.json";
    private static final String HEADER = "id,region,ageBand,gender,education,household";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What record.json holds. */
    public record Record(String format, long panelId, long caseNumber, String purpose, int size, long seed,
                         boolean onePerHousehold, int invited, String algorithm, String poolFileSha256, String poolSha256,
                         String quotasSha256, String lotterySha256, List<Quota> quotas,
                         List<Lottery.PublishedPanel> lottery, List<Long> drawn,
                         DrawAnnouncement.Published announcement) {
    }

    private PanelDrawFiles() {
    }

    /** The two files of a draw: the pool as CSV and the record as JSON (UTF-8). */
    public record DrawFiles(byte[] poolCsv, byte[] recordJson) {
    }

    /** The files of a draw of {@code panel} from {@code eligible}, with the stored lottery and who was drawn. */
    public static DrawFiles of(PanelEntity panel, List<CitizenProfile> eligible, String lotteryJson, List<Long> drawn,
                               DrawAnnouncement.Published announcement) {
        byte[] pool = poolCsv(StratifiedSelection.sortedDistinct(eligible)).getBytes(StandardCharsets.UTF_8);
        Record record = new Record(FORMAT, panel.getId(), panel.getCaseId(), panel.getPurpose(), panel.getSize(),
                panel.getSeed(), panel.isOnePerHousehold(), panel.getInvitedCount() == null ? 0 : panel.getInvitedCount(),
                panel.getAlgorithm(), Sha256.hex(pool), panel.getPoolSha256(), panel.getQuotasSha256(),
                panel.getLotterySha256(), panel.getQuotas(), lotteryJson == null ? null : TwoStageDraw.fromJson(lotteryJson),
                drawn.stream().sorted().toList(), announcement);
        try {
            return new DrawFiles(pool, JSON.writeValueAsBytes(record));
        } catch (IOException e) {
            throw new IllegalStateException("The draw record cannot be written", e);
        }
    }

    /** Writes the two files into {@code dir}. */
    public static void write(Path dir, DrawFiles files) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(POOL), files.poolCsv());
        Files.write(dir.resolve(RECORD), files.recordJson());
    }

    /** SHA-256 of the pool file of these eligible citizens, as {@link #write} writes it. */
    public static String poolFileSha256(List<CitizenProfile> eligible) {
        return Sha256.hex(poolCsv(StratifiedSelection.sortedDistinct(eligible)).getBytes(StandardCharsets.UTF_8));
    }

    /** The record in {@code dir} when it holds a draw of this kind (not a file draw of the sortition command). */
    static java.util.Optional<Record> readIfPanelDraw(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(RECORD)) || !Files.isRegularFile(dir.resolve(POOL))
                || !FORMAT.equals(JSON.readTree(dir.resolve(RECORD).toFile()).path("format").asText())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(JSON.readValue(dir.resolve(RECORD).toFile(), Record.class));
    }

    /** Re-runs the draw {@code record} (read from {@code dir}) with the pool file beside it; the differences found. */
    static List<String> verify(Path dir, Record record) throws IOException {
        byte[] pool = Files.readAllBytes(dir.resolve(POOL));
        if (!Sha256.hex(pool).equals(record.poolFileSha256())) {
            return List.of("pool.csv is not the published pool (its SHA-256 differs from the record's poolFileSha256)");
        }
        List<String> unannounced = AnnouncedSeed.verify(record.announcement(), record.caseNumber(), record.purpose(),
                record.poolFileSha256(), record.size(), record.seed());
        if (!unannounced.isEmpty()) {
            return unannounced;
        }
        List<CitizenProfile> eligible = parse(new String(pool, StandardCharsets.UTF_8));
        if (record.lotterySha256() == null) {
            List<Long> again = new StratifiedSelection(CitizenProfile.CATEGORIES, record.onePerHousehold())
                    .select(eligible, record.size(), record.seed()).members().stream().map(CitizenProfile::id).sorted()
                    .toList();
            return again.equals(record.drawn()) ? List.of()
                    : List.of("re-running the LEGACY draw with the recorded seed gives other people");
        }
        return TwoStageDraw.verify(eligible, record.quotas(), record.size(), record.seed(), record.onePerHousehold(),
                record.invited(), record.poolSha256(), record.quotasSha256(), record.lotterySha256(),
                JSON.writeValueAsString(record.lottery()), record.drawn());
    }

    private static String poolCsv(List<CitizenProfile> pool) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CitizenProfile c : pool) {
            csv.append(c.id()).append(',').append(c.region()).append(',').append(c.ageBand()).append(',')
                    .append(c.gender()).append(',').append(c.education()).append(',').append(c.householdId()).append('\n');
        }
        return csv.toString();
    }

    private static List<CitizenProfile> parse(String csv) {
        List<CitizenProfile> pool = new ArrayList<>();
        String[] lines = csv.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new UserFacingException("jury.error.poolFile", HEADER);
        }
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f.length != 6) {
                throw new UserFacingException("jury.error.poolLine", i + 1);
            }
            try {
                pool.add(new CitizenProfile(Long.parseLong(f[0]), "", "", f[1], f[2], f[3], f[4], f[5]));
            } catch (NumberFormatException e) {
                throw new UserFacingException("jury.error.poolLine", i + 1);
            }
        }
        return pool;
    }
}
