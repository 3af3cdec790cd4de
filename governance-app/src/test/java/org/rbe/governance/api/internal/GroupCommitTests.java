package org.rbe.governance.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: each request is answered only after the commit that stored it; a failing request gets its own error
 * and rolls back nobody else; when a commit fails, nobody is answered from it.
 */
class GroupCommitTests {
    private final Store store = new Store();
    private GroupCommit writers;

    @AfterEach
    void stop() {
        if (writers != null) {
            writers.close();
        }
    }

    @Test
    void concurrentRequestsShareTransactionsAndEachIsAnsweredAfterItsCommit() throws Exception {
        writers = new GroupCommit("test", new TransactionTemplate(store), 1, 1000, 100);
        List<Future<String>> answers = submitAtOnce(200, i -> {
            store.write("ballot " + i);
            return "receipt " + i;
        });
        for (int i = 0; i < answers.size(); i++) {
            String receipt = answers.get(i).get(1, TimeUnit.MINUTES);
            assertThat(receipt).isEqualTo("receipt " + i);
            assertThat(store.committed).contains("ballot " + i);
        }
        assertThat(store.committed).hasSize(200);
        assertThat(store.commits).as("batches, not one transaction per request").isLessThan(200);
    }

    @Test
    void aFailingRequestGetsItsErrorAndRollsBackNobodyElse() throws Exception {
        writers = new GroupCommit("test", new TransactionTemplate(store), 2, 1000, 100);
        List<Future<String>> answers = submitAtOnce(100, i -> {
            store.write("ballot " + i);
            if (i % 10 == 3) {
                throw new IllegalArgumentException("unknown option in request " + i);
            }
            return "receipt " + i;
        });
        for (int i = 0; i < answers.size(); i++) {
            Future<String> answer = answers.get(i);
            if (i % 10 == 3) {
                assertThatThrownBy(() -> answer.get(1, TimeUnit.MINUTES)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                        .hasRootCauseMessage("unknown option in request " + i);
                assertThat(store.committed).doesNotContain("ballot " + i);
            } else {
                assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo("receipt " + i);
            }
        }
        assertThat(store.committed).hasSize(90).doesNotHaveDuplicates();
    }

    @Test
    void whenTheCommitFailsEachRequestIsRunAloneAndOnlyStoredAnswersAreGiven() throws Exception {
        writers = new GroupCommit("test", new TransactionTemplate(store), 1, 1000, 100);
        store.failCommitsWith = "ballot 7";
        List<Future<String>> answers = submitAtOnce(20, i -> {
            store.write("ballot " + i);
            return "receipt " + i;
        });
        for (int i = 0; i < answers.size(); i++) {
            Future<String> answer = answers.get(i);
            if (i == 7) {
                assertThatThrownBy(() -> answer.get(1, TimeUnit.MINUTES)).hasRootCauseInstanceOf(TransactionSystemException.class);
            } else {
                assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo("receipt " + i);
            }
        }
        assertThat(store.committed).hasSize(19).doesNotContain("ballot 7").doesNotHaveDuplicates();
    }

    @Test
    void aBatchDoesItsOwnWorkAroundItsRequestsAndWhenThatFailsEachRequestRunsAloneWithoutIt() throws Exception {
        ThreadLocal<Boolean> inBatch = ThreadLocal.withInitial(() -> false);
        List<List<Object>> batches = Collections.synchronizedList(new ArrayList<>());
        writers = new GroupCommit("test", new TransactionTemplate(store), 1, 1000, 100, new GroupCommit.Batch() {
            private List<Object> requests;

            @Override
            public void begin(List<Object> requests) {
                this.requests = requests;
                batches.add(requests);
                inBatch.set(true);
            }

            @Override
            public void finish() {
                if (requests.contains(7)) {
                    throw new IllegalStateException("the batched write of request 7 failed");
                }
                store.write("batch of " + requests.size());
            }

            @Override
            public void end() {
                inBatch.set(false);
            }
        });
        List<Future<String>> answers = submitAtOnce(30, i -> {
            store.write("ballot " + i + (inBatch.get() ? " in a batch" : " alone"));
            return "receipt " + i;
        }, i -> i);
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(1, TimeUnit.MINUTES)).isEqualTo("receipt " + i);
        }
        List<String> ballots = store.committed.stream().filter(row -> row.startsWith("ballot ")).toList();
        assertThat(ballots).hasSize(30).contains("ballot 7 alone");
        assertThat(ballots.stream().map(row -> row.split(" ")[1]).distinct()).hasSize(30);
        assertThat(batches).as("batches of two or more requests, each told what its requests ask for")
                .allSatisfy(requests -> assertThat(requests).hasSizeGreaterThan(1).allMatch(r -> r instanceof Integer));
        int batched = store.committed.stream().filter(row -> row.startsWith("batch of "))
                .mapToInt(row -> Integer.parseInt(row.substring("batch of ".length()))).sum();
        assertThat(batched).as("every committed batch did its own write once")
                .isEqualTo(ballots.stream().filter(row -> row.endsWith(" in a batch")).count());
    }

    private List<Future<String>> submitAtOnce(int n, java.util.function.IntFunction<String> work) throws InterruptedException {
        return submitAtOnce(n, work, i -> null);
    }

    private List<Future<String>> submitAtOnce(int n, java.util.function.IntFunction<String> work,
                                              java.util.function.IntFunction<Object> asks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int request = i;
            answers.add(pool.submit(() -> {
                go.await();
                return writers.submit("voter " + request, asks.apply(request), () -> work.apply(request), 60_000);
            }));
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        return answers;
    }

    /** A transaction manager over a list: writes become visible on commit, vanish on rollback. */
    private static final class Store extends AbstractPlatformTransactionManager {
        final List<String> committed = Collections.synchronizedList(new ArrayList<>());
        /** The writes of the transaction of each writer thread. */
        private final ThreadLocal<List<String>> pending = ThreadLocal.withInitial(ArrayList::new);
        volatile int commits;
        volatile String failCommitsWith;

        String write(String row) {
            pending.get().add(row);
            return row;
        }

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            pending.get().clear();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) throws TransactionException {
            if (failCommitsWith != null && pending.get().contains(failCommitsWith)) {
                pending.get().clear();
                throw new TransactionSystemException("disk full while writing " + failCommitsWith);
            }
            committed.addAll(pending.get());
            pending.get().clear();
            commits++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) throws TransactionException {
            pending.get().clear();
        }
    }
}
