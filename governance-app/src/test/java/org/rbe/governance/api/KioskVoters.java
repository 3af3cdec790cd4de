package org.rbe.governance.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The voters of {@link CastingBench}: each casts its ballots one after another, all at once, either as fast as they
 * are answered or at a steady offered rate. Used in the benchmark's JVM, or on its own as a separate process
 * ({@link #main}), as kiosks are separate machines: then the server's JVM holds no voter threads.
 */
final class KioskVoters {
    private KioskVoters() {
    }

    record Voter(String username, long citizenId) {
    }

    /** One voter's client: casts over HTTP as that voter. */
    interface Client extends AutoCloseable {
        KioskConnection.Answer cast(long voteId, String key, String json) throws IOException;

        @Override
        void close();
    }

    /**
     * What a phase gave: each measured ballot's latency and when it was sent (or due), in ns from the start; the
     * ballots not answered 201 with a receipt, and how many of each status and problem type ({@code refusals}, as
     * printed); and the 503 answers retried.
     */
    record Outcome(long[] latencies, long[] sentAt, int failures, int retries, String refusals) {
    }

    /**
     * Each voter casts {@code rounds} ballots, one after another. With {@code rate} 0 every voter sends its next ballot
     * as soon as the last is answered (a closed loop: throughput); otherwise ballot r of voter i is due at
     * {@code (r * voters + i) / rate} seconds after the start (an open loop at that offered rate), and its latency
     * counts from when it was due, so a slow answer that delays the voter's next ballot is not hidden.
     */
    static Outcome run(ExecutorService pool, List<Voter> voters, Function<String, Client> clients, long voteId,
                       List<String> options, int rounds, String phase, double rate, boolean measured) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        AtomicInteger slot = new AtomicInteger();
        long[] latencies = new long[measured ? voters.size() * rounds : 0];
        long[] sentAt = new long[latencies.length];
        List<Future<?>> work = new ArrayList<>();
        long[] start = new long[1];
        for (int v = 0; v < voters.size(); v++) {
            Voter voter = voters.get(v);
            int index = v;
            work.add(pool.submit(() -> {
                go.await();
                try (Client client = clients.apply(voter.username())) {
                    for (int r = 0; r < rounds; r++) {
                        String json = "{\"option\":\"" + options.get((int) ((voter.citizenId() + r) % options.size())) + "\"}";
                        String key = phase + "-" + voteId + "-" + voter.citizenId() + "-" + r;
                        long t0 = System.nanoTime();
                        if (rate > 0) {
                            t0 = start[0] + (long) ((r * (double) voters.size() + index) / rate * 1e9);
                            long wait = t0 - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        KioskConnection.Answer response = client.cast(voteId, key, json);
                        // as a kiosk would: an overloaded server (503) is asked again with the same key
                        for (int retry = 0; retry < 10 && response.status() == 503; retry++) {
                            retries.incrementAndGet();
                            Thread.sleep(200);
                            response = client.cast(voteId, key, json);
                        }
                        long took = System.nanoTime() - t0;
                        if (measured) {
                            int at = slot.getAndIncrement();
                            latencies[at] = took;
                            sentAt[at] = t0 - start[0];
                        }
                        if (response.status() != 201) {
                            failures.incrementAndGet();
                            String type = response.body().replaceAll(".*\"type\":\"([^\"]*)\".*", "$1");
                            refusals.merge(response.status() + " " + (type.length() < 80 ? type : ""), 1, Integer::sum);
                        } else if (!response.body().contains("\"receipt\":\"")) {
                            failures.incrementAndGet();
                            refusals.merge("201 without a receipt", 1, Integer::sum);
                        }
                    }
                }
                return null;
            }));
        }
        start[0] = System.nanoTime();
        go.countDown();
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        return new Outcome(latencies, sentAt, failures.get(), retries.get(), refusals.toString());
    }

    /**
     * The voters as a process of their own. Arguments: host, port, vote id, the options joined by commas. Standard
     * input: one line "username citizenId" per voter, then "END", then commands "RUN phase rounds rate measured"
     * (measured: true or false) and finally "QUIT". After each phase it prints "OUTCOME failures retries refusals",
     * for a measured phase one line "latency sentAt" (ns) per ballot, and "DONE". Each voter keeps one connection.
     */
    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        long voteId = Long.parseLong(args[2]);
        List<String> options = Arrays.asList(args[3].split(","));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<Voter> voters = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.equals("END"); line = in.readLine()) {
            String[] f = line.split(" ");
            voters.add(new Voter(f[0], Long.parseLong(f[1])));
        }
        Map<String, KioskConnection> kiosks = new ConcurrentHashMap<>();
        Function<String, Client> clients = username -> {
            KioskConnection connection = kiosks.computeIfAbsent(username,
                    u -> new KioskConnection(host, port, u, "demo", Duration.ofMinutes(5)));
            return new Client() {
                @Override
                public KioskConnection.Answer cast(long vote, String key, String json) throws IOException {
                    return connection.post("/api/votes/" + vote + "/ballots", key, json);
                }

                @Override
                public void close() {
                    // kept open for the voter's next phase
                }
            };
        };
        ExecutorService pool = Executors.newFixedThreadPool(voters.size());
        try {
            for (String line = in.readLine(); line != null && !line.equals("QUIT"); line = in.readLine()) {
                String[] c = line.split(" ");
                Outcome outcome = run(pool, voters, clients, voteId, options, Integer.parseInt(c[2]), c[1],
                        Double.parseDouble(c[3]), Boolean.parseBoolean(c[4]));
                out.println("OUTCOME " + outcome.failures() + " " + outcome.retries() + " " + outcome.refusals());
                for (int i = 0; i < outcome.latencies().length; i++) {
                    out.println(outcome.latencies()[i] + " " + outcome.sentAt()[i]);
                }
                out.println("DONE");
                out.flush();
            }
        } finally {
            pool.shutdownNow();
            kiosks.values().forEach(KioskConnection::close);
        }
    }
}
