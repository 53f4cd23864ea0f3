package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.out.DuplicatePublishException;
import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryQueuePort;
import com.roleready.notification.application.port.out.DeliveryStatsPort;
import com.roleready.notification.application.port.out.DeliveryStoreContract;
import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.LoadDeliveriesPort;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.adapter.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event and delivery store contract, plus the database-only guarantees, on a real database. */
abstract class DeliveryPersistenceAdapterContractTest extends DeliveryStoreContract {

    private static final int CLAIMERS = 4;

    private EntityManager entityManager;
    private DeliveryPersistenceAdapter persistence;
    private DeliveryLogAdapter log;
    private DeliveryClaimAdapter claims;
    private DeliveryStatsAdapter stats;

    protected abstract TestDatabase database();

    @BeforeEach
    void openEntityManager() {
        entityManager = database().newEntityManager();
        persistence = new DeliveryPersistenceAdapter(entityManager);
        log = new DeliveryLogAdapter(entityManager);
        claims = new DeliveryClaimAdapter(entityManager);
        stats = new DeliveryStatsAdapter(entityManager);
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
    protected ClaimDueDeliveriesPort claim() {
        return claims;
    }

    @Override
    protected LoadDeliveriesPort loadDeliveries() {
        return log;
    }

    @Override
    protected DeliveryStatsPort stats() {
        return stats;
    }

    @Override
    protected DeliveryQueuePort queue() {
        return claims;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return TestDatabase.inFreshTransaction(entityManager, work);
    }


    @Test
    void concurrentClaimersNeverGetTheSameDelivery() throws Exception {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        UUID endpoint = UUID.randomUUID();
        List<UUID> created = new ArrayList<>();
        run(() -> {
            for (int i = 0; i < 200; i++) {
                Delivery delivery = Delivery.schedule(UUID.randomUUID(), event(owner, EventType.RESUME_PARSED, t0),
                        endpoint, t0.plusMillis(i));
                persistence.saveNew(delivery);
                created.add(delivery.id());
            }
        });
        Instant now = t0.plusSeconds(1);
        ConcurrentLinkedQueue<UUID> claimed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int i = 0; i < CLAIMERS; i++) {
                claimers.add(pool.submit(() -> claimUntilNoneIsLeft(now, claimed, start)));
            }
            start.countDown();
            for (Future<?> claimer : claimers) {
                claimer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    }

    /** A claimer with its own entity manager (connection), claiming batches of 10 until it finds none due. */
    private Void claimUntilNoneIsLeft(Instant now, ConcurrentLinkedQueue<UUID> claimed, CountDownLatch start)
            throws InterruptedException {
        EntityManager own = database().newEntityManager();
        try {
            DeliveryClaimAdapter claimer = new DeliveryClaimAdapter(own);
            start.await();
            List<ClaimedDelivery> batch;
            do {
                batch = TestDatabase.inFreshTransaction(own, () -> claimer.claimDue(now, now.plusSeconds(300), 10));
                batch.forEach(claim -> claimed.add(claim.delivery().id()));
            } while (!batch.isEmpty());
            return null;
        } finally {
            own.close();
        }
    }

    @Test
    void aPayloadOfMoreThan256KiBRoundTripsByteForByte() {
        Instant t0 = uniqueEpoch();
        WebhookEvent event = new WebhookEvent(UUID.randomUUID(), owner(), EventType.TAILORING_COMPLETED,
                largestDataJson(), null, t0);
        Delivery delivery = Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), t0);
        assertThat(delivery.payloadBytes().length).isGreaterThan(256 * 1024);
        run(() -> {
            persistence.save(event, 1);
            persistence.saveNew(delivery);
        });

        Delivery loaded = inTransaction(() -> log.loadById(delivery.id())).orElseThrow();
        ClaimedDelivery claimed = inTransaction(() -> claims.claimDue(t0, t0.plusSeconds(60), 10)).get(0);

        assertThat(loaded.payloadBytes()).isEqualTo(delivery.payloadBytes());
        assertThat(claimed.delivery().payloadBytes()).isEqualTo(delivery.payloadBytes());
    }

    /** A JSON object of just under 256 KiB of UTF-8 with 1- to 4-byte characters and escapes. */
    private static String largestDataJson() {
        String unit = "Gr\u00fc\u00dfe \u2603 \ud83d\ude00 \\\"quoted\\\" \\n \u4e2d\u6587; ";
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder json = new StringBuilder("{\"text\":\"");
        int bytes = json.length() + 2;
        while (bytes + unitBytes <= WebhookEvent.MAX_DATA_BYTES) {
            json.append(unit);
            bytes += unitBytes;
        }
        return json.append("\"}").toString();
    }

    @Test
    void aFullSizeResponseSnippetRoundTripsInAnyScript() {
        Instant t0 = uniqueEpoch();
        String ascii = "a".repeat(AttemptResult.MAX_SNIPPET_BYTES);
        String emoji = "\ud83d\ude00".repeat(AttemptResult.MAX_SNIPPET_BYTES / 4);
        for (String snippet : List.of(ascii, emoji)) {
            newDelivery(owner(), EventType.RESUME_PARSED, UUID.randomUUID(), t0);
            ClaimedDelivery claim = inTransaction(() -> claims.claimDue(t0, t0.plusSeconds(60), 1)).get(0);
            DeliveryAttempt attempt = claim.delivery().recordAttempt(new AttemptResult(AttemptOutcome.HTTP_ERROR, 500,
                    Duration.ofMillis(3), "HTTP 500", snippet, null, null), t0, t0, RetryPolicy.DEFAULT, Duration.ZERO);
            assertThat(inTransaction(() -> claims.recordAttempt(claim, attempt))).isTrue();

            assertThat(inTransaction(() -> log.loadAttempts(claim.delivery().id()))).singleElement()
                    .extracting(DeliveryAttempt::responseSnippet).isEqualTo(snippet);
        }
    }

    @Test
    void theDatabaseRefusesASecondEventWithTheSameIdempotencyKeyOfTheSameOwner() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        run(() -> persistence.save(keyed(owner, "key-1", t0), 1));

        assertThatThrownBy(() -> run(() -> persistence.save(keyed(owner, "key-1", t0), 1)))
                .isInstanceOf(DuplicatePublishException.class);
        run(() -> persistence.save(keyed(owner(), "key-1", t0), 1));
        run(() -> persistence.save(keyed(owner, "KEY-1", t0), 1));
        run(() -> persistence.save(keyed(owner.toUpperCase(java.util.Locale.ROOT), "key-1", t0), 1));
        assertThat(inTransaction(() -> persistence.findByIdempotencyKey(owner, "Key-1"))).isEmpty();
    }

    private static WebhookEvent keyed(String owner, String key, Instant at) {
        return new WebhookEvent(UUID.randomUUID(), owner, EventType.RESUME_PARSED, "{}", key, at);
    }

    @Test
    void aClaimantCannotRecordOnADeliveryCancelledDuringItsAttempt() {
        Instant t0 = uniqueEpoch();
        UUID endpoint = UUID.randomUUID();
        Delivery delivery = newDelivery(owner(), EventType.RESUME_PARSED, endpoint, t0);
        ClaimedDelivery claim = inTransaction(() -> claims.claimDue(t0, t0.plusSeconds(60), 10)).get(0);

        assertThat(inTransaction(() -> persistence.cancelPendingFor(endpoint, t0.plusSeconds(1)))).isEqualTo(1);
        DeliveryAttempt attempt = claim.delivery().recordAttempt(
                AttemptResult.ofResponse(200, Duration.ofMillis(5), "ok", null, null), t0, t0, RetryPolicy.DEFAULT,
                Duration.ZERO);

        assertThat(inTransaction(() -> claims.recordAttempt(claim, attempt))).isFalse();
        assertThat(inTransaction(() -> log.loadById(delivery.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.CANCELLED);
        assertThat(inTransaction(() -> log.loadAttempts(delivery.id()))).isEmpty();
    }

    @Test
    void aRedeliveryStartsANewRoundWithoutAnAttemptRow() {
        Instant t0 = uniqueEpoch();
        Delivery delivery = newDelivery(owner(), EventType.RESUME_PARSED, UUID.randomUUID(), t0);
        ClaimedDelivery claim = inTransaction(() -> claims.claimDue(t0, t0.plusSeconds(60), 10)).get(0);
        DeliveryAttempt gone = claim.delivery().recordAttempt(
                AttemptResult.ofResponse(410, Duration.ofMillis(5), "", null, null), t0, t0, RetryPolicy.DEFAULT,
                Duration.ZERO);
        run(() -> claims.recordAttempt(claim, gone));

        Delivery failed = inTransaction(() -> log.loadById(delivery.id())).orElseThrow();
        failed.redeliver(t0.plusSeconds(5));
        run(() -> persistence.update(failed, null));

        Delivery loaded = inTransaction(() -> log.loadById(delivery.id())).orElseThrow();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(failed);
        assertThat(loaded.roundStart()).isEqualTo(1);
        assertThat(inTransaction(() -> log.loadAttempts(delivery.id()))).hasSize(1);
        assertThat(inTransaction(() -> claims.claimDue(t0.plusSeconds(5), t0.plusSeconds(65), 10)))
                .extracting(c -> c.delivery().id()).containsExactly(delivery.id());
    }
}
