package com.roleready.experimentation.adapter.persistence;

import static com.roleready.experimentation.adapter.persistence.ExperimentPersistenceAdapterContractTest.emptyExperimentTables;
import static com.roleready.shared.adapter.persistence.TestDatabase.inFreshTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.VariantDraft;
import com.roleready.shared.adapter.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The row locks behind the ports' promises, with real concurrent transactions: each thread has its
 * own entity manager, i.e. its own connection, as concurrent requests have.
 */
abstract class ExperimentLockingTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final int RECORDERS = 8;
    private static final int RECORDINGS_EACH = 50;
    /** Long enough to see a writer wait, short of H2's default lock timeout of one second. */
    private static final long HOLD_MILLIS = 400;

    protected abstract TestDatabase database();

    @BeforeEach
    void emptyTheExperimentTables() throws SQLException {
        emptyExperimentTables(database());
    }

    @Test
    void concurrentRecordingsOnOneVariantLoseNoUpdate() throws Exception {
        PromptVariant variant = variant(Operation.TAILORING);
        onOwnConnection(em -> inFreshTransaction(em, () -> {
            new VariantPersistenceAdapter(em).saveNew(variant);
            return null;
        }));
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(RECORDERS);
        try {
            List<Future<?>> recorders = new ArrayList<>();
            for (int i = 0; i < RECORDERS; i++) {
                recorders.add(pool.submit(() -> onOwnConnection(em -> recordAll(em, variant.id(), start))));
            }
            start.countDown();
            for (Future<?> recorder : recorders) {
                recorder.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        VariantAggregate after = onOwnConnection(em -> inFreshTransaction(em,
                () -> new VariantAggregatePersistenceAdapter(em).load(List.of(variant.id())).get(variant.id())));
        int total = RECORDERS * RECORDINGS_EACH;
        assertThat(after.count()).isEqualTo(total);
        assertThat(after.successes()).isEqualTo(total / 2);
        assertThat(after.duration().sum()).isEqualTo(RECORDERS * (RECORDINGS_EACH * (RECORDINGS_EACH + 1) / 2.0));
        assertThat(storedResultRows()).isEqualTo(total);
    }

    /** As the recording service does it: one transaction per result, the aggregate locked before it is changed. */
    private Void recordAll(EntityManager em, UUID variantId, CountDownLatch start) throws InterruptedException {
        TestResultPersistenceAdapter results = new TestResultPersistenceAdapter(em);
        VariantAggregatePersistenceAdapter aggregates = new VariantAggregatePersistenceAdapter(em);
        start.await();
        for (int i = 1; i <= RECORDINGS_EACH; i++) {
            TestResult result = new TestResult(UUID.randomUUID(), variantId, Operation.TAILORING, "user-" + i,
                    i % 2 == 0, null, i, 10, 0.001, null, null, T0);
            inFreshTransaction(em, () -> {
                results.save(result);
                VariantAggregate aggregate = aggregates.lockForUpdate(variantId);
                aggregate.record(result);
                aggregates.save(aggregate);
                return null;
            });
        }
        return null;
    }

    /**
     * The operation has no variant yet, so only its seeded row can be locked. The second writer must
     * wait for the first to commit and then see its variant, or both could add a "first" variant and
     * make it the control.
     */
    @Test
    void aSecondWriterOnAnOperationWaitsForTheFirstToCommitAndThenSeesItsVariant() throws Exception {
        Operation operation = Operation.CONTENT_GENERATION;
        PromptVariant first = variant(operation);
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstWriter = pool.submit(() -> onOwnConnection(em -> inFreshTransaction(em, () -> {
                VariantPersistenceAdapter adapter = new VariantPersistenceAdapter(em);
                assertThat(adapter.loadForUpdate(operation).all()).isEmpty();
                adapter.saveNew(first);
                firstHoldsLock.countDown();
                awaitQuietly(firstMayCommit);
                return null;
            })));
            assertThat(firstHoldsLock.await(1, TimeUnit.MINUTES)).isTrue();

            Future<Experiment> secondWriter = pool.submit(() -> onOwnConnection(em -> inFreshTransaction(em,
                    () -> new VariantPersistenceAdapter(em).loadForUpdate(operation))));
            Thread.sleep(HOLD_MILLIS);
            assertThat(secondWriter.isDone()).as("the second writer returned while the first held the lock").isFalse();

            firstMayCommit.countDown();
            firstWriter.get(1, TimeUnit.MINUTES);
            assertThat(secondWriter.get(1, TimeUnit.MINUTES).all()).extracting(PromptVariant::id)
                    .containsExactly(first.id());
        } finally {
            firstMayCommit.countDown();
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> T onOwnConnection(Work<T> work) throws Exception {
        EntityManager own = database().newEntityManager();
        try {
            return work.call(own);
        } finally {
            own.close();
        }
    }

    private long storedResultRows() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM experiment_test_result")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static PromptVariant variant(Operation operation) {
        return PromptVariant.rehydrate(UUID.randomUUID(), new VariantDraft(operation, "A", "Control", "Prompt", true,
                null), true, false, T0, "admin", T0, "admin");
    }

    @FunctionalInterface
    private interface Work<T> {
        T call(EntityManager entityManager) throws Exception;
    }
}
