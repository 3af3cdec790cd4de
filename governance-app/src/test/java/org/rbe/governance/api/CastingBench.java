package org.rbe.governance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rbe.governance.jury.MemberView;
import org.rbe.governance.jury.Sortition;
import org.rbe.governance.ledger.AuditLedger;
import org.rbe.governance.voting.BallotBox;
import org.rbe.governance.voting.OpenVoteFixture;
import org.rbe.governance.voting.VoteRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Casting over HTTP (Basic auth through Shiro, idempotency key, ballot, ledger entry, commit) with 500 voters at once,
 * each re-voting: as fast as they are answered (throughput), then at a steady offered rate {@code -Dbench.rate}
 * (latency); and closing a 500-ballot vote (tally, Merkle root, ledger entries). Prints BENCH lines.
 */
@Tag("bench")
class CastingBench extends ApiTestSupport {
    private static final int VOTERS = Integer.getInteger("bench.voters", 500);
    /** Ballots per voter in the closed loop and in the paced phase ({@code -Dbench.rounds}, {@code -Dbench.pacedRounds}). */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final int PACED_ROUNDS = Integer.getInteger("bench.pacedRounds", 6);
    /** Unmeasured ballots per voter after the bcrypt warm-up, so the JIT has compiled the casting path. */
    private static final int WARM_ROUNDS = Integer.getInteger("bench.warmRounds", 4);
    /** Offered ballots per second in the paced (open-loop) phase. */
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "500"));
    /**
     * The voters' HTTP client ({@code -Dbench.client}): {@code process} (default), the voters in a JVM of their own
     * ({@link KioskVoters#main}), as kiosks are other machines, each with one kept-alive HTTP/1.1 connection
     * ({@link KioskConnection}, kept from one phase to the next); {@code kiosk}, the same connections from threads of
     * this JVM (500 more threads beside the server's); or {@code jdk}, the JDK's {@link java.net.http.HttpClient}
     * shared by all voters, in this JVM.
     */
    private static final String CLIENT = System.getProperty("bench.client", "process");
    /** Of the last run: when each measured ballot was sent (or due), in ns from the start, in the order of its latency slot. */
    private long[] sentAt = new long[0];
    @Autowired
    Sortition sortition;
    @Autowired
    BallotBox ballots;
    @Autowired
    AuditLedger ledger;
    @Value("${governance.test.database:H2}")
    String database;

    @Test
    void castingOverHttpWithFiveHundredConcurrentVoters() throws Exception {
        OpenVoteFixture vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Casting bench",
                VoteRules.standard().withRevoting(), Instant.now().plus(Duration.ofHours(2)));
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        timeout = Duration.ofMinutes(5);
        // warm-up: the first request of each account pays one bcrypt check (about 0.1 s of CPU each), later ones not
        long w = System.nanoTime();
        int warmFailures = run(pool, vote, 1, "warm-up");
        System.out.println("BENCH cast-http " + database + ": HTTP client " + switch (CLIENT) {
            case "jdk" -> "jdk (java.net.http.HttpClient, in this JVM)";
            case "kiosk" -> "kiosk (one kept-alive HTTP/1.1 connection per voter, in this JVM)";
            default -> "process (one kept-alive HTTP/1.1 connection per voter, in a JVM of their own)";
        });
        System.out.printf(Locale.ROOT, "BENCH cast-http %s warm-up: %d first requests (bcrypt per account) in %.1f s,"
                + " failures %d%n", database, VOTERS, (System.nanoTime() - w) / 1e9, warmFailures);
        if (WARM_ROUNDS > 0) {
            long j = System.nanoTime();
            warmFailures += run(pool, vote, WARM_ROUNDS, "jit-warm-up");
            System.out.printf(Locale.ROOT, "BENCH cast-http %s warm-up: %d more ballots (JIT) in %.1f s, failures %d%n",
                    database, VOTERS * WARM_ROUNDS, (System.nanoTime() - j) / 1e9, warmFailures);
        }
        assertThat(warmFailures).isZero();
        long[] latencies = new long[VOTERS * ROUNDS];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long pg0 = processCpuNanos("postgres", -1);
        long voters0 = votersCpuNanos();
        java.util.Map<String, Long> threads0 = cpuByThreadGroup();
        double load = os.getSystemLoadAverage();
        long start = System.nanoTime();
        int failures = run(pool, vote, ROUNDS, "measured", latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu1 = os.getProcessCpuTime();
        double cpuMsPerBallot = (cpu1 - cpu0) / 1e6 / latencies.length;
        long pg1 = processCpuNanos("postgres", -1);
        long voters1 = votersCpuNanos();
        java.util.Map<String, Long> threads1 = cpuByThreadGroup();
        StringBuilder split = new StringBuilder();
        threads1.forEach((group, ns) -> {
            double ms = (ns - threads0.getOrDefault(group, 0L)) / 1e6 / latencies.length;
            if (ms >= 0.05) {
                split.append(String.format(Locale.ROOT, " %s %.2f", group, ms));
            }
        });
        long javaThreads = 0;
        for (java.util.Map.Entry<String, Long> group : threads1.entrySet()) {
            javaThreads += group.getValue() - threads0.getOrDefault(group.getKey(), 0L);
        }
        split.append(String.format(Locale.ROOT, "; the rest (GC, JIT compiler, ended threads) %.2f",
                (cpu1 - cpu0 - javaThreads) / 1e6 / latencies.length));
        System.out.println("BENCH cast-http " + database + ": CPU ms per ballot by thread group:" + split);
        System.out.printf(Locale.ROOT, "BENCH cast-http %s: CPU %.2f ms per ballot (%s; 2 idle cores would allow at most"
                        + " %.0f ballots/s); machine load average %.1f at the start%n", database, cpuMsPerBallot,
                voterProcess == null ? "HTTP client and server together in this JVM" : "the server's JVM",
                2000 / cpuMsPerBallot, load);
        if (voters0 >= 0 && voters1 >= 0) {
            System.out.printf(Locale.ROOT, "BENCH cast-http %s: the voters' process: CPU %.2f ms per ballot (on top of the"
                    + " server's)%n", database, (voters1 - voters0) / 1e6 / latencies.length);
        }
        if (pg0 >= 0 && pg1 >= 0 && database.startsWith("PostgreSQL")) {
            System.out.printf(Locale.ROOT, "BENCH cast-http %s: PostgreSQL server processes on this machine: CPU %.2f ms per"
                    + " ballot (on top of the JVM's)%n", database, (pg1 - pg0) / 1e6 / latencies.length);
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "BENCH cast-http %s: %d voters x %d ballots = %d in %.2f s: %.0f ballots/s,"
                        + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d%n", database, VOTERS, ROUNDS,
                latencies.length, seconds, latencies.length / seconds, latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6, failures);
        assertThat(failures).isZero();

        // The same voters at a steady offered rate (open loop): the latency a voter sees when the server keeps up.
        // (In the closed loop above each of the 500 voters always has a request waiting, so by Little's law the mean
        // latency there is 500 / throughput, whatever the server does.)
        long[] paced = new long[VOTERS * PACED_ROUNDS];
        double pacedLoad = os.getSystemLoadAverage();
        long pacedStart = System.nanoTime();
        int pacedFailures = run(pool, vote, PACED_ROUNDS, "paced", RATE, paced);
        double pacedSeconds = (System.nanoTime() - pacedStart) / 1e9;
        System.out.println("BENCH cast-http " + database + " paced: latency by second of the run (p50/p99/max ms, ballots):"
                + bySecond(paced, sentAt));
        Arrays.sort(paced);
        System.out.printf(Locale.ROOT, "BENCH cast-http %s paced: %d voters x %d ballots offered at %.0f/s = %d in %.2f s:"
                        + " %.0f ballots/s, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d; machine load average"
                        + " %.1f at the start%n", database, VOTERS, PACED_ROUNDS, RATE, paced.length, pacedSeconds,
                paced.length / pacedSeconds, paced[paced.length / 2] / 1e6, paced[(int) (paced.length * 0.99)] / 1e6,
                paced[paced.length - 1] / 1e6, pacedFailures, pacedLoad);
        pool.shutdown();
        stopVoters();
        assertThat(pacedFailures).isZero();
        assertThat(ballots.turnout(vote.voteId()).voted()).isEqualTo(VOTERS);
        assertThat(ballots.audit(vote.voteId()).intact()).isTrue();
        assertThat(ledger.verify().ok()).isTrue();
    }

    @Test
    void closingAFiveHundredBallotVote() {
        for (int run = 1; run <= 3; run++) {
            OpenVoteFixture vote = OpenVoteFixture.open(this, people, sortition, ballots, currentUser, "Close bench " + run,
                    VoteRules.standard(), Instant.now().plus(Duration.ofHours(2)));
            for (MemberView juror : vote.jurors()) {
                currentUser.runAs(juror.username(), () -> ballots.cast(vote.voteId(),
                        vote.options().get((int) (juror.citizenId() % vote.options().size()))));
            }
            long before = ledger.head().entries();
            long start = System.nanoTime();
            currentUser.runAs("admin", () -> ballots.close(vote.voteId()));
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "BENCH close-500 %s run %d: %.1f ms (tally, Merkle root over %d receipts, %d ledger"
                    + " entries)%n", database, run, ms, ballots.published(vote.voteId()).receipts().size(),
                    ledger.head().entries() - before);
        }
    }

    /** Latency percentiles of the ballots sent (or due) in each second of a run, to tell a slow start from a steady tail. */
    private static String bySecond(long[] latencies, long[] sentAt) {
        java.util.Map<Integer, List<Long>> seconds = new java.util.TreeMap<>();
        for (int i = 0; i < latencies.length; i++) {
            seconds.computeIfAbsent((int) (sentAt[i] / 1_000_000_000L), k -> new ArrayList<>()).add(latencies[i]);
        }
        StringBuilder b = new StringBuilder();
        seconds.forEach((second, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            b.append(String.format(Locale.ROOT, " %ds %.0f/%.0f/%.0f (%d)", second, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length));
        });
        return b.toString();
    }

    /**
     * CPU time of the processes named {@code name} on this machine (e.g. postgres, a local PostgreSQL server), or of
     * the process {@code pid} when it is not -1, read from Linux's /proc; -1 where there is no such process or no
     * /proc. Processes that exit meanwhile are not counted (the pool keeps its connections open).
     */
    private static long processCpuNanos(String name, long pid) {
        long ticks = 0;
        boolean found = false;
        try (java.nio.file.DirectoryStream<java.nio.file.Path> processes =
                     java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc"), "[0-9]*")) {
            for (java.nio.file.Path process : processes) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(process.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < 0 || (pid < 0 ? !stat.substring(open + 1, close).equals(name)
                        : !process.getFileName().toString().equals(Long.toString(pid)))) {
                    continue;
                }
                // fields after the name start at field 3 (state); utime and stime are fields 14 and 15 (man 5 proc)
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                found = true;
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            return -1;
        }
        return found ? ticks * 10_000_000L : -1; // USER_HZ is 100 on Linux
    }

    /** CPU time of live threads, grouped by name without its trailing number (Tomcat workers, client threads, ...). */
    private static java.util.Map<String, Long> cpuByThreadGroup() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null) {
                long ns = mx.getThreadCpuTime(t.getThreadId());
                if (ns > 0) {
                    groups.merge(t.getThreadName().replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N"), ns, Long::sum);
                }
            }
        }
        return groups;
    }

    /** The voters' process, when they have one ({@code -Dbench.client=process}), with its input and output. */
    private Process voterProcess;
    private java.io.PrintWriter toVoters;
    private java.io.BufferedReader fromVoters;

    private long votersCpuNanos() {
        return voterProcess == null ? -1 : processCpuNanos(null, voterProcess.pid());
    }

    /** Each voter's kiosk connection, kept open from one phase to the next as a kiosk keeps it. */
    private final java.util.Map<String, KioskConnection> kiosks = new java.util.concurrent.ConcurrentHashMap<>();

    @org.junit.jupiter.api.AfterEach
    void closeKiosks() {
        kiosks.values().forEach(KioskConnection::close);
        kiosks.clear();
        stopVoters();
    }

    private void stopVoters() {
        if (voterProcess != null) {
            toVoters.println("QUIT");
            toVoters.flush();
            try {
                if (!voterProcess.waitFor(30, TimeUnit.SECONDS)) {
                    voterProcess.destroyForcibly();
                }
            } catch (InterruptedException e) {
                voterProcess.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            voterProcess = null;
        }
    }

    private KioskVoters.Client voter(String username) {
        if (CLIENT.equals("jdk")) {
            return new KioskVoters.Client() {
                @Override
                public KioskConnection.Answer cast(long voteId, String key, String json) {
                    HttpResponse<String> r = CastingBench.this.cast(username, voteId, key, json);
                    return new KioskConnection.Answer(r.statusCode(), r.body());
                }

                @Override
                public void close() {
                }
            };
        }
        KioskConnection connection = kiosks.computeIfAbsent(username,
                u -> new KioskConnection("localhost", port, u, "demo", timeout));
        return new KioskVoters.Client() {
            @Override
            public KioskConnection.Answer cast(long voteId, String key, String json) throws java.io.IOException {
                return connection.post("/api/votes/" + voteId + "/ballots", key, json);
            }

            @Override
            public void close() {
                // kept open for the voter's next phase; closed after the test
            }
        };
    }

    private int run(ExecutorService pool, OpenVoteFixture vote, int rounds, String phase, long... latencies) throws Exception {
        return run(pool, vote, rounds, phase, 0, latencies);
    }

    /** One phase (see {@link KioskVoters#run}); the measured latencies go to {@code latencies}, in their order. */
    private int run(ExecutorService pool, OpenVoteFixture vote, int rounds, String phase, double rate, long... latencies)
            throws Exception {
        List<KioskVoters.Voter> voters = vote.jurors().subList(0, VOTERS).stream()
                .map(j -> new KioskVoters.Voter(j.username(), j.citizenId())).toList();
        boolean measured = latencies.length > 0;
        KioskVoters.Outcome outcome = CLIENT.equals("process")
                ? inVoterProcess(voters, vote, rounds, phase, rate, measured)
                : KioskVoters.run(pool, voters, this::voter, vote.voteId(), vote.options(), rounds, phase, rate, measured);
        System.arraycopy(outcome.latencies(), 0, latencies, 0, latencies.length);
        sentAt = outcome.sentAt();
        System.out.printf(Locale.ROOT, "BENCH cast-http %s %s: %d requests answered 503 (overloaded) and were retried with the"
                + " same key; other refusals: %s%n", database, phase, outcome.retries(), outcome.refusals());
        return outcome.failures();
    }

    /** The phase run by the voters' own JVM, started on first use with this test's class path. */
    private KioskVoters.Outcome inVoterProcess(List<KioskVoters.Voter> voters, OpenVoteFixture vote, int rounds,
                                               String phase, double rate, boolean measured) throws java.io.IOException {
        if (voterProcess == null) {
            String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
            voterProcess = new ProcessBuilder(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    KioskVoters.class.getName(), "localhost", String.valueOf(port), String.valueOf(vote.voteId()),
                    String.join(",", vote.options()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            toVoters = new java.io.PrintWriter(new java.io.OutputStreamWriter(voterProcess.getOutputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            fromVoters = new java.io.BufferedReader(new java.io.InputStreamReader(voterProcess.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            voters.forEach(v -> toVoters.println(v.username() + " " + v.citizenId()));
            toVoters.println("END");
        }
        toVoters.println("RUN " + phase + " " + rounds + " " + rate + " " + measured);
        toVoters.flush();
        String[] head = fromVoters.readLine().split(" ", 4);
        List<long[]> rows = new ArrayList<>();
        for (String line = fromVoters.readLine(); !line.equals("DONE"); line = fromVoters.readLine()) {
            String[] f = line.split(" ");
            rows.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
        }
        return new KioskVoters.Outcome(rows.stream().mapToLong(r -> r[0]).toArray(), rows.stream().mapToLong(r -> r[1]).toArray(),
                Integer.parseInt(head[1]), Integer.parseInt(head[2]), head[3]);
    }
}
