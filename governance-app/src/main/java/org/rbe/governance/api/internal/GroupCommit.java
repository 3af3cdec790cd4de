package org.rbe.governance.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: work submitted from many request threads is queued, and a writer thread runs everything queued at
 * that moment in ONE transaction, then answers each request only after that transaction has committed (so every
 * answer is durable; a crash before the commit answers nobody). One commit, one ledger-head lock and one file write
 * serve a whole batch instead of one request.
 *
 * <p>Requests are spread over {@code writers} threads by a key (the account name), so the requests of one account
 * run one after another on one writer and never wait for each other's locks across writers.
 *
 * <p>A request that fails inside a batch would roll back the others: the batch is rolled back, the failed request
 * is run alone in its own transaction (which gives its own answer, an error or, when it failed only because of the
 * batch, a success), and the rest of the batch is run again. When the commit itself fails, every request is run
 * alone. Nothing is answered from a rolled-back transaction.
 *
 * <p>A {@link Batch} may do work for a whole batch inside its transaction: read what all its requests need at once
 * before they run, and write what they left to it at once after they ran (a failure there fails the batch as a failed
 * commit does). A request run alone runs without it.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private final TransactionTemplate tx;
    private final List<BlockingQueue<Item>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int maxBatch;
    private final Batch batching;
    private volatile boolean open = true;

    /** What was submitted (with what it asks for, for the {@link Batch}) and where its answer goes. */
    private record Item(Object request, Supplier<?> work, CompletableFuture<Object> answer) {
    }

    /**
     * Work of a batch of two or more requests around theirs, on the writer thread inside the batch transaction; each
     * batch (and each retry of a batch after one of its requests failed) gets {@link #begin}, then, if all its requests
     * succeeded, {@link #finish}, and in every case {@link #end}.
     */
    interface Batch {
        /** Before the requests run; {@code requests} are what each asks for ({@link #submit}'s {@code request}). */
        void begin(List<Object> requests);

        /** After the requests ran, before the commit; an exception fails the batch as a failed commit does. */
        void finish();

        /** After the transaction, whether it committed or rolled back. */
        void end();
    }

    /** No batch work. */
    private static final Batch NONE = new Batch() {
        @Override
        public void begin(List<Object> requests) {
        }

        @Override
        public void finish() {
        }

        @Override
        public void end() {
        }
    };

    /** Thrown to the caller when the queue is full or the writers have stopped: nothing was done. */
    static final class Overloaded extends RuntimeException {
        Overloaded(String message) {
            super(message);
        }
    }

    /** Thrown to the caller who waited longer than it was willing to: the work may still be committed later. */
    static final class StillRunning extends RuntimeException {
        StillRunning() {
            super("still in progress");
        }
    }

    GroupCommit(String name, TransactionTemplate tx, int writers, int queueCapacity, int maxBatch) {
        this(name, tx, writers, queueCapacity, maxBatch, NONE);
    }

    GroupCommit(String name, TransactionTemplate tx, int writers, int queueCapacity, int maxBatch, Batch batching) {
        this.batching = batching;
        if (writers < 1 || queueCapacity < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("writers, queue capacity and batch size must be positive");
        }
        this.tx = tx;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            BlockingQueue<Item> queue = new ArrayBlockingQueue<>(queueCapacity);
            queues.add(queue);
            Thread t = new Thread(() -> drain(queue), name + "-writer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /**
     * Runs {@code work} inside a batch transaction on the writer chosen by {@code key} and returns its result once
     * that transaction has committed; rethrows what the work threw (a runtime exception) when it failed on its own.
     */
    <T> T submit(Object key, Supplier<T> work, long timeoutMillis) {
        return submit(key, null, work, timeoutMillis);
    }

    /** As {@link #submit(Object, Supplier, long)}, telling the {@link Batch} what the work asks for ({@code request}). */
    @SuppressWarnings("unchecked")
    <T> T submit(Object key, Object request, Supplier<T> work, long timeoutMillis) {
        Item item = new Item(request, work, new CompletableFuture<>());
        BlockingQueue<Item> queue = queues.get(Math.floorMod(key.hashCode(), queues.size()));
        if (!open || !queue.offer(item)) {
            throw new Overloaded(open ? "the writer queue is full" : "the writers have stopped");
        }
        try {
            return (T) item.answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new StillRunning();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StillRunning();
        }
    }

    private void drain(BlockingQueue<Item> queue) {
        List<Item> batch = new ArrayList<>(maxBatch);
        while (open) {
            try {
                Item first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, maxBatch - 1);
            try {
                run(batch);
            } catch (Throwable unexpected) {
                LOG.error("Group commit writer failed; its batch is answered with the error", unexpected);
                batch.forEach(i -> i.answer.completeExceptionally(unexpected));
            }
            batch.clear();
        }
        List<Item> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(i -> i.answer.completeExceptionally(new Overloaded("the writers have stopped")));
    }

    private void run(List<Item> batch) {
        List<Item> pending = new ArrayList<>(batch);
        while (!pending.isEmpty()) {
            if (pending.size() == 1) {
                alone(pending.get(0));
                return;
            }
            Object[] results = new Object[pending.size()];
            int[] running = {-1};
            try {
                try {
                    tx.executeWithoutResult(status -> {
                        List<Object> requests = new ArrayList<>(pending.size());
                        pending.forEach(item -> requests.add(item.request));
                        batching.begin(requests);
                        for (int i = 0; i < pending.size(); i++) {
                            running[0] = i;
                            results[i] = pending.get(i).work.get();
                        }
                        running[0] = -1;
                        batching.finish();
                    });
                } finally {
                    batching.end();
                }
            } catch (RuntimeException | Error failed) {
                if (running[0] < 0) {
                    // the commit failed: nobody's work is stored; each runs alone
                    pending.forEach(this::alone);
                    return;
                }
                alone(pending.remove(running[0]));
                continue;
            }
            for (int i = 0; i < pending.size(); i++) {
                pending.get(i).answer.complete(results[i]);
            }
            return;
        }
    }

    private void alone(Item item) {
        try {
            item.answer.complete(tx.execute(status -> item.work.get()));
        } catch (RuntimeException | Error failed) {
            item.answer.completeExceptionally(failed);
        }
    }

    @Override
    public void close() {
        // no interrupt: it could break a database write in progress; the writers finish their batch and stop
        open = false;
        for (Thread t : threads) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
