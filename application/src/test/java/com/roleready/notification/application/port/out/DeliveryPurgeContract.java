package com.roleready.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.application.port.out.PurgeDeliveriesPort.PurgedDeliveries;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The retention purge of delivery logs, run against the in-memory fake and the JPA adapter on the
 * embedded database and on MariaDB. Every test starts from an empty store, so counts are exact.
 */
public abstract class DeliveryPurgeContract {

    protected static final Instant CUTOFF = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant OLD = CUTOFF.minus(Duration.ofDays(40));

    protected abstract SaveEventPort saveEvent();

    protected abstract FindPublishedEventPort findEvent();

    protected abstract SaveDeliveryPort saveDelivery();

    protected abstract LoadDeliveriesPort loadDeliveries();

    protected abstract PurgeDeliveriesPort purge();

    protected abstract <T> T inTransaction(Supplier<T> work);

    protected void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    protected WebhookEvent storedEvent(String key, Instant at, int deliveries) {
        WebhookEvent event = new WebhookEvent(UUID.randomUUID(), "owner-1", EventType.RESUME_PARSED, "{\"r\":1}", key,
                at);
        run(() -> saveEvent().save(event, deliveries));
        return event;
    }

    /** A delivery of the event, answered with these statuses in turn (none: still pending, never tried). */
    protected Delivery delivery(WebhookEvent event, Instant at, int... statuses) {
        Delivery delivery = Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), at);
        run(() -> saveDelivery().saveNew(delivery));
        Instant now = at;
        for (int status : statuses) {
            DeliveryAttempt attempt = delivery.recordAttempt(AttemptResult.ofResponse(status, Duration.ofMillis(5),
                    "", null, null), now, now, RetryPolicy.DEFAULT, Duration.ZERO);
            run(() -> saveDelivery().update(delivery, attempt));
            now = now.plusSeconds(1);
        }
        return delivery;
    }

    protected Delivery cancelled(WebhookEvent event, Instant at) {
        Delivery delivery = delivery(event, at);
        delivery.cancel(at);
        run(() -> saveDelivery().update(delivery, null));
        return delivery;
    }

    private boolean stored(Delivery delivery) {
        return inTransaction(() -> loadDeliveries().loadById(delivery.id())).isPresent();
    }

    @Test
    void oldFinalDeliveriesGoWithTheirAttemptsWhilePendingAndRecentOnesStay() {
        WebhookEvent ancient = storedEvent(null, OLD.minus(Duration.ofDays(400)), 0);
        Delivery delivered = delivery(ancient, OLD, 200);
        Delivery failed = delivery(ancient, OLD, 500, 410);
        Delivery cancelled = cancelled(ancient, OLD);
        Delivery neverTried = delivery(ancient, OLD.minus(Duration.ofDays(400)));
        Delivery retrying = delivery(ancient, OLD.minus(Duration.ofDays(400)), 500);
        Delivery finishedAtTheCutoff = delivery(ancient, CUTOFF, 200);
        Delivery recent = delivery(ancient, CUTOFF.plusSeconds(1), 404, 404, 404, 404);
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(retrying.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(recent.state()).isEqualTo(DeliveryState.FAILED);

        PurgedDeliveries purged = inTransaction(() -> purge().deleteFinishedBefore(CUTOFF, 100));

        assertThat(purged).isEqualTo(new PurgedDeliveries(3, 3));
        assertThat(stored(delivered)).isFalse();
        assertThat(stored(failed)).isFalse();
        assertThat(stored(cancelled)).isFalse();
        assertThat(inTransaction(() -> loadDeliveries().loadAttempts(failed.id()))).isEmpty();
        assertThat(stored(neverTried)).isTrue();
        assertThat(stored(retrying)).isTrue();
        assertThat(inTransaction(() -> loadDeliveries().loadAttempts(retrying.id()))).hasSize(1);
        assertThat(stored(finishedAtTheCutoff)).isTrue();
        assertThat(stored(recent)).isTrue();
        assertThat(inTransaction(() -> loadDeliveries().loadAttempts(recent.id()))).hasSize(4);
        assertThat(inTransaction(() -> purge().deleteFinishedBefore(CUTOFF, 100))).isEqualTo(PurgedDeliveries.NONE);
    }

    @Test
    void aFailedDeliveryRedeliveredIsPendingAgainAndStays() {
        WebhookEvent event = storedEvent(null, OLD, 1);
        Delivery failed = delivery(event, OLD, 410);
        failed.redeliver(CUTOFF.plusSeconds(5));
        run(() -> saveDelivery().update(failed, null));

        assertThat(inTransaction(() -> purge().deleteFinishedBefore(CUTOFF.plus(Duration.ofDays(1)), 100)))
                .isEqualTo(PurgedDeliveries.NONE);
        assertThat(stored(failed)).isTrue();
    }

    @Test
    void aBatchDeletesAtMostTheLimit() {
        WebhookEvent event = storedEvent(null, OLD, 5);
        for (int i = 0; i < 5; i++) {
            delivery(event, OLD.plusSeconds(i), 200);
        }

        assertThat(inTransaction(() -> purge().deleteFinishedBefore(CUTOFF, 2))).isEqualTo(new PurgedDeliveries(2, 2));
        assertThat(inTransaction(() -> purge().deleteFinishedBefore(CUTOFF, 2))).isEqualTo(new PurgedDeliveries(2, 2));
        assertThat(inTransaction(() -> purge().deleteFinishedBefore(CUTOFF, 2))).isEqualTo(new PurgedDeliveries(1, 1));
        assertThat(inTransaction(() -> purge().deleteFinishedBefore(CUTOFF, 2))).isEqualTo(PurgedDeliveries.NONE);
    }

    @Test
    void anOldEventGoesOnlyOnceNoDeliveryIsLeftAndThenItsIdempotencyKeyIsFree() {
        WebhookEvent withDelivered = storedEvent("k-delivered", OLD, 1);
        delivery(withDelivered, OLD, 200);
        WebhookEvent withPending = storedEvent("k-pending", OLD, 1);
        delivery(withPending, OLD);
        storedEvent("k-none", OLD, 0);
        WebhookEvent recent = storedEvent("k-recent", CUTOFF.plusSeconds(1), 0);

        assertThat(inTransaction(() -> purge().deleteEventsWithoutDeliveriesBefore(CUTOFF, 100))).isEqualTo(1);
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey("owner-1", "k-none"))).isEmpty();
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey("owner-1", "k-delivered"))).isPresent();

        run(() -> purge().deleteFinishedBefore(CUTOFF, 100));
        assertThat(inTransaction(() -> purge().deleteEventsWithoutDeliveriesBefore(CUTOFF, 100))).isEqualTo(1);

        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey("owner-1", "k-delivered"))).isEmpty();
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey("owner-1", "k-pending")))
                .hasValueSatisfying(receipt -> assertThat(receipt.eventId()).isEqualTo(withPending.id()));
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey("owner-1", "k-recent")))
                .hasValueSatisfying(receipt -> assertThat(receipt.eventId()).isEqualTo(recent.id()));
        storedEvent("k-delivered", CUTOFF, 0); // the key publishes again
    }

    @Test
    void anEventBatchDeletesAtMostTheLimit() {
        for (int i = 0; i < 3; i++) {
            storedEvent("k-" + i, OLD.plusSeconds(i), 0);
        }

        assertThat(inTransaction(() -> purge().deleteEventsWithoutDeliveriesBefore(CUTOFF, 2))).isEqualTo(2);
        assertThat(inTransaction(() -> purge().deleteEventsWithoutDeliveriesBefore(CUTOFF, 2))).isEqualTo(1);
        assertThat(inTransaction(() -> purge().deleteEventsWithoutDeliveriesBefore(CUTOFF, 2))).isZero();
    }
}
