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

    private List<Future<String>> submitAtOnce(int n, java.util.function.IntFunction<String> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int request = i;
            answers.add(pool.submit(() -> {
                go.await();
                return writers.submit("voter " + request, () -> work.apply(request), 60_000);
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
