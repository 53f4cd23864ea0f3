package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.application.port.out.DeliveryPurgeContract;
import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.LoadDeliveriesPort;
import com.roleready.notification.application.port.out.PurgeDeliveriesPort;
import com.roleready.notification.application.port.out.PurgeDeliveriesPort.PurgedDeliveries;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.adapter.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery purge contract, plus purges on several connections at once, on a real database. */
abstract class DeliveryPurgeAdapterContractTest extends DeliveryPurgeContract {

    private static final int PURGERS = 4;

    private EntityManager entityManager;
    private DeliveryPersistenceAdapter persistence;
    private DeliveryLogAdapter log;
    private DeliveryPurgeAdapter purge;

    protected abstract TestDatabase database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM webhook_delivery_attempt");
            statement.executeUpdate("DELETE FROM webhook_delivery");
            statement.executeUpdate("DELETE FROM webhook_event");
        }
        entityManager = database().newEntityManager();
        persistence = new DeliveryPersistenceAdapter(entityManager);
        log = new DeliveryLogAdapter(entityManager);
        purge = new DeliveryPurgeAdapter(entityManager);
    }

    @AfterEach
    void closeEntityManager() {
        entityManager.close();
    }

    @Override
    protected SaveEventPort saveEvent() {
        return persistence;
    }

    @Override
    protected FindPublishedEventPort findEvent() {
        return persistence;
    }

    @Override
    protected SaveDeliveryPort saveDelivery() {
        return persistence;
    }

    @Override
    protected LoadDeliveriesPort loadDeliveries() {
        return log;
    }

    @Override
    protected PurgeDeliveriesPort purge() {
        return purge;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return TestDatabase.inFreshTransaction(entityManager, work);
    }


    @Test
    void severalServersPurgingAtOnceNeverFailAndDeleteEachRowOnce() throws Exception {
        WebhookEvent event = storedEvent(null, CUTOFF.minus(Duration.ofDays(60)), 120);
        for (int i = 0; i < 120; i++) {
            delivery(event, CUTOFF.minus(Duration.ofDays(50)).plusSeconds(i), 500, 200);
        }
        AtomicInteger deliveries = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(PURGERS);
        try {
            List<Future<?>> purgers = new ArrayList<>();
            for (int i = 0; i < PURGERS; i++) {
                purgers.add(pool.submit(() -> purgeUntilNoneIsLeft(deliveries, attempts, start)));
            }
            start.countDown();
            for (Future<?> purger : purgers) {
                purger.get(2, TimeUnit.MINUTES); // rethrows any failure of a purger
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(deliveries).hasValue(120);
        assertThat(attempts).hasValue(240);
        assertThat(count("webhook_delivery")).isZero();
        assertThat(count("webhook_delivery_attempt")).isZero();
        assertThat(inTransaction(() -> purge.deleteEventsWithoutDeliveriesBefore(CUTOFF, 10))).isEqualTo(1);
    }

    /** A purger with its own entity manager (connection), deleting batches of 7 until it finds none. */
    private Void purgeUntilNoneIsLeft(AtomicInteger deliveries, AtomicInteger attempts, CountDownLatch start)
            throws InterruptedException {
        EntityManager own = database().newEntityManager();
        try {
            DeliveryPurgeAdapter purger = new DeliveryPurgeAdapter(own);
            start.await();
            PurgedDeliveries batch;
            do {
                batch = TestDatabase.inFreshTransaction(own, () -> purger.deleteFinishedBefore(CUTOFF, 7));
                deliveries.addAndGet(batch.deliveries());
                attempts.addAndGet(batch.attempts());
            } while (batch.deliveries() > 0 || count("webhook_delivery") > 0);
            return null;
        } finally {
            own.close();
        }
    }

    private long count(String table) {
        try (Connection connection = database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
