package com.roleready.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every implementation of the event and delivery ports must show: run against the
 * in-memory fake and against the JPA adapter on the embedded database and on MariaDB. Every test
 * uses its own owner and a far-apart time so that tests sharing a database do not see each other.
 */
public abstract class DeliveryStoreContract {

    private static final Duration CAP = Duration.ofMinutes(10);

    protected abstract SaveEventPort saveEvent();

    protected abstract FindPublishedEventPort findEvent();

    protected abstract SaveDeliveryPort saveDelivery();

    protected abstract ClaimDueDeliveriesPort claim();

    protected abstract LoadDeliveriesPort loadDeliveries();

    protected abstract DeliveryStatsPort stats();

    protected abstract DeliveryQueuePort queue();

    protected abstract <T> T inTransaction(java.util.function.Supplier<T> work);

    protected void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private static final java.util.concurrent.atomic.AtomicLong EPOCHS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A point in time of its own per test, each earlier than the one before: what an earlier test
     * left pending lies in this test's future, so due-scans never pick it up.
     */
    protected static Instant uniqueEpoch() {
        return Instant.parse("2030-01-01T00:00:00Z").minus(10 * EPOCHS.incrementAndGet(), ChronoUnit.DAYS);
    }

    protected static String owner() {
        return "owner-" + UUID.randomUUID();
    }

    protected static WebhookEvent event(String owner, EventType type, Instant at) {
        return new WebhookEvent(UUID.randomUUID(), owner, type, "{\"resumeId\":\"r-1\",\"score\":87.5}", null, at);
    }

    protected Delivery newDelivery(String owner, EventType type, UUID endpointId, Instant at) {
        Delivery delivery = Delivery.schedule(UUID.randomUUID(), event(owner, type, at), endpointId, at);
        run(() -> saveDelivery().saveNew(delivery));
        return delivery;
    }

    @Test
    void aNewDeliveryIsStoredWithItsExactPayload() {
        Instant t0 = uniqueEpoch();
        Delivery delivery = newDelivery(owner(), EventType.ATS_CHECK_COMPLETED, UUID.randomUUID(), t0);

        Delivery loaded = inTransaction(() -> loadDeliveries().loadById(delivery.id())).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(delivery);
        assertThat(loaded.payloadBytes()).isEqualTo(delivery.payloadBytes());
    }

    @Test
    void claimingTakesDueDeliveriesOldestFirstUpToTheLimitAndLeasesThem() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        UUID endpoint = UUID.randomUUID();
        Delivery first = newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0);
        Delivery second = newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0.plusMillis(1));
        Delivery notYetDue = newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0.plusSeconds(3600));

        Instant now = t0.plusSeconds(1);
        List<ClaimedDelivery> claimed = inTransaction(() -> claim().claimDue(now, now.plusSeconds(60), 10));

        assertThat(claimed).extracting(c -> c.delivery().id()).containsExactly(first.id(), second.id())
                .doesNotContain(notYetDue.id());
        assertThat(claimed.get(0).delivery().payload()).isEqualTo(first.payload());
        assertThat(inTransaction(() -> claim().claimDue(now.plusSeconds(30), now.plusSeconds(90), 10))).isEmpty();
        assertThat(inTransaction(() -> claim().claimDue(now, now.plusSeconds(60), 1))).isEmpty();
    }

    /** One delivery stored by a publish already leased for 60 s under {@code token}, as a hand-off stores it. */
    private Delivery publishedUnderALease(Instant t0, String token) {
        WebhookEvent event = event(owner(), EventType.ATS_CHECK_COMPLETED, t0);
        Delivery leased = Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), t0);
        leased.lease(t0.plusSeconds(60));
        run(() -> saveEvent().saveAll(List.of(new FannedOutEvent(event, List.of(leased), token))));
        return leased;
    }

    @Test
    void deliveriesPublishedUnderALeaseAreNotDueUntilItEndsAndRecordOnlyUnderItsToken() {
        Instant t0 = uniqueEpoch();
        Delivery leased = publishedUnderALease(t0, "publish-lease");

        assertThat(inTransaction(() -> claim().claimDue(t0.plusSeconds(59), t0.plusSeconds(119), 10))).isEmpty();
        DeliveryAttempt attempt = leased.recordAttempt(AttemptResult.ofResponse(204, Duration.ofMillis(3), "", null, null),
                t0, t0, RetryPolicy.DEFAULT, CAP);
        assertThat(inTransaction(() -> claim().recordAttempt(new ClaimedDelivery(leased, "another-lease"), attempt)))
                .isFalse();
        assertThat(inTransaction(() -> claim().recordAttempt(new ClaimedDelivery(leased, "publish-lease"), attempt)))
                .isTrue();
        assertThat(inTransaction(() -> loadDeliveries().loadById(leased.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aDeliveryPublishedUnderALeaseWhoseServerDiedFallsDueWhenTheLeaseEnds() {
        Instant t0 = uniqueEpoch();
        Delivery leased = publishedUnderALease(t0, "dead-server");

        Instant afterLease = t0.plusSeconds(60);
        List<ClaimedDelivery> again = inTransaction(() -> claim().claimDue(afterLease, afterLease.plusSeconds(60), 10));

        assertThat(again).extracting(c -> c.delivery().id()).containsExactly(leased.id());
        assertThat(again.get(0).leaseToken()).isNotEqualTo("dead-server");
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAndTheStaleClaimantCannotRecord() {
        Instant t0 = uniqueEpoch();
        Delivery delivery = newDelivery(owner(), EventType.TAILORING_COMPLETED, UUID.randomUUID(), t0);
        ClaimedDelivery firstClaim = inTransaction(() -> claim().claimDue(t0, t0.plusSeconds(60), 10)).get(0);

        Instant afterLease = t0.plusSeconds(61);
        List<ClaimedDelivery> again = inTransaction(() -> claim().claimDue(afterLease, afterLease.plusSeconds(60), 10));

        assertThat(again).extracting(c -> c.delivery().id()).containsExactly(delivery.id());
        DeliveryAttempt stale = firstClaim.delivery().recordAttempt(
                AttemptResult.ofResponse(200, Duration.ofMillis(5), "ok", null, null), t0, t0, RetryPolicy.DEFAULT, CAP);
        assertThat(inTransaction(() -> claim().recordAttempt(firstClaim, stale))).isFalse();
        assertThat(inTransaction(() -> loadDeliveries().loadById(delivery.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.PENDING);
        assertThat(inTransaction(() -> loadDeliveries().loadAttempts(delivery.id()))).isEmpty();
    }

    @Test
    void aGroupOfRecordsWritesOnlyThoseWhoseLeaseStillHolds() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        for (int i = 0; i < 3; i++) {
            newDelivery(owner, EventType.ATS_CHECK_COMPLETED, UUID.randomUUID(), t0.plusMillis(i));
        }
        Instant now = t0.plusMillis(2);
        ClaimedDelivery first = inTransaction(() -> claim().claimDue(now, t0.plusSeconds(600), 1)).get(0);
        ClaimedDelivery middle = inTransaction(() -> claim().claimDue(now, t0.plusSeconds(60), 1)).get(0);
        ClaimedDelivery last = inTransaction(() -> claim().claimDue(now, t0.plusSeconds(600), 1)).get(0);
        Instant afterShortLease = t0.plusSeconds(61); // only the middle one's lease expires; another server takes it
        assertThat(inTransaction(() -> claim().claimDue(afterShortLease, afterShortLease.plusSeconds(60), 10)))
                .extracting(c -> c.delivery().id()).containsExactly(middle.delivery().id());
        List<ClaimDueDeliveriesPort.AttemptRecord> records = new java.util.ArrayList<>();
        for (ClaimedDelivery each : List.of(first, middle, last)) {
            records.add(new ClaimDueDeliveriesPort.AttemptRecord(each, each.delivery().recordAttempt(
                    AttemptResult.ofResponse(200, Duration.ofMillis(3), "ok", null, null), now, now, RetryPolicy.DEFAULT,
                    CAP)));
        }

        List<Boolean> recorded = inTransaction(() -> claim().recordAttempts(records));

        assertThat(recorded).containsExactly(true, false, true);
        for (ClaimedDelivery each : List.of(first, last)) {
            assertThat(inTransaction(() -> loadDeliveries().loadById(each.delivery().id())).orElseThrow().state())
                    .isEqualTo(DeliveryState.DELIVERED);
            assertThat(inTransaction(() -> loadDeliveries().loadAttempts(each.delivery().id()))).hasSize(1);
        }
        assertThat(inTransaction(() -> loadDeliveries().loadById(middle.delivery().id())).orElseThrow().state())
                .isEqualTo(DeliveryState.PENDING);
        assertThat(inTransaction(() -> loadDeliveries().loadAttempts(middle.delivery().id()))).isEmpty();
    }

    @Test
    void aRecordedAttemptStoresTheNewStateAndTheAttempt() {
        Instant t0 = uniqueEpoch();
        Delivery delivery = newDelivery(owner(), EventType.RESUME_PARSE_FAILED, UUID.randomUUID(), t0);
        ClaimedDelivery claimed = inTransaction(() -> claim().claimDue(t0, t0.plusSeconds(60), 10)).get(0);

        AttemptResult failure = new AttemptResult(AttemptOutcome.HTTP_ERROR, 503, Duration.ofMillis(42), "HTTP 503",
                "busy \u2603", null, Duration.ofSeconds(30));
        DeliveryAttempt attempt = claimed.delivery().recordAttempt(failure, t0, t0.plusMillis(42), RetryPolicy.DEFAULT, CAP);
        assertThat(inTransaction(() -> claim().recordAttempt(claimed, attempt))).isTrue();

        Delivery loaded = inTransaction(() -> loadDeliveries().loadById(delivery.id())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(loaded.attempts()).isEqualTo(1);
        assertThat(loaded.nextAttemptAt()).isEqualTo(t0.plusMillis(42).plusSeconds(30));
        assertThat(loaded.lastStatusCode()).isEqualTo(503);
        List<DeliveryAttempt> attempts = inTransaction(() -> loadDeliveries().loadAttempts(delivery.id()));
        assertThat(attempts).singleElement().usingRecursiveComparison().isEqualTo(attempt);
    }

    @Test
    void aDeliveryStoredTogetherWithItsAttemptInOneTransactionKeepsBoth() {
        Instant t0 = uniqueEpoch();
        Delivery delivery = Delivery.schedule(UUID.randomUUID(), event(owner(), EventType.RESUME_PARSED, t0),
                UUID.randomUUID(), t0);
        DeliveryAttempt attempt = delivery.recordSingleAttempt(
                AttemptResult.ofResponse(204, Duration.ofMillis(7), "", null, null), t0, t0);

        run(() -> {
            saveDelivery().saveNew(delivery);
            saveDelivery().update(delivery, attempt);
        });

        assertThat(inTransaction(() -> loadDeliveries().loadById(delivery.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.DELIVERED);
        assertThat(inTransaction(() -> loadDeliveries().loadAttempts(delivery.id()))).hasSize(1);
    }

    @Test
    void cancellingAffectsOnlyPendingDeliveriesOfThatEndpoint() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        UUID endpoint = UUID.randomUUID();
        Delivery pending = newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0);
        Delivery other = newDelivery(owner, EventType.RESUME_PARSED, UUID.randomUUID(), t0);

        int cancelled = inTransaction(() -> saveDelivery().cancelPendingFor(endpoint, t0.plusSeconds(1)));

        assertThat(cancelled).isEqualTo(1);
        assertThat(inTransaction(() -> loadDeliveries().loadById(pending.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.CANCELLED);
        assertThat(inTransaction(() -> loadDeliveries().loadById(other.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void theLogIsNewestFirstFilteredPagedAndPerOwner() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        UUID endpoint = UUID.randomUUID();
        Delivery oldest = newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0);
        Delivery middle = newDelivery(owner, EventType.TAILORING_FAILED, endpoint, t0.plusSeconds(1));
        Delivery newest = newDelivery(owner, EventType.RESUME_PARSED, UUID.randomUUID(), t0.plusSeconds(2));
        newDelivery(owner(), EventType.RESUME_PARSED, endpoint, t0.plusSeconds(3));

        DeliveryLogPage all = inTransaction(() -> loadDeliveries().loadLog(new DeliveryLogQuery(owner, null, null, null, 0, 2)));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.entries()).extracting(e -> e.delivery().id()).containsExactly(newest.id(), middle.id());
        DeliveryLogPage second = inTransaction(() -> loadDeliveries().loadLog(new DeliveryLogQuery(owner, null, null, null, 1, 2)));
        assertThat(second.entries()).extracting(e -> e.delivery().id()).containsExactly(oldest.id());

        assertThat(inTransaction(() -> loadDeliveries().loadLog(
                new DeliveryLogQuery(owner, EventType.RESUME_PARSED, null, endpoint, 0, 10))).entries())
                .extracting(e -> e.delivery().id()).containsExactly(oldest.id());
        assertThat(inTransaction(() -> loadDeliveries().loadLog(
                new DeliveryLogQuery(owner, null, DeliveryState.DELIVERED, null, 0, 10))).total()).isZero();
    }

    @Test
    void anIdempotencyKeyFindsTheFirstPublishOfThatOwnerOnly() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        WebhookEvent event = new WebhookEvent(UUID.randomUUID(), owner, EventType.RESUME_PARSED, "{}", "key-1", t0);
        run(() -> saveEvent().save(event, 2));

        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey(owner, "key-1")))
                .hasValueSatisfying(r -> {
                    assertThat(r.eventId()).isEqualTo(event.id());
                    assertThat(r.deliveries()).isEqualTo(2);
                });
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey(owner(), "key-1"))).isEmpty();
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey(owner, "key-2"))).isEmpty();
    }

    @Test
    void aBatchLookUpFindsEachKeyOnlyForItsOwnOwner() {
        Instant t0 = uniqueEpoch();
        String alice = owner();
        String bob = owner();
        WebhookEvent alices = new WebhookEvent(UUID.randomUUID(), alice, EventType.RESUME_PARSED, "{}", "k-1", t0);
        WebhookEvent bobs = new WebhookEvent(UUID.randomUUID(), bob, EventType.RESUME_PARSED, "{}", "k-2", t0);
        run(() -> saveEvent().saveAll(List.of(new FannedOutEvent(alices, List.of()), new FannedOutEvent(bobs, List.of()))));

        Map<IdempotencyKey, PublishReceipt> found = inTransaction(() -> findEvent().findByIdempotencyKeys(List.of(
                new IdempotencyKey(alice, "k-1"), new IdempotencyKey(alice, "k-2"), new IdempotencyKey(bob, "k-1"),
                new IdempotencyKey(bob, "k-2"), new IdempotencyKey(alice, "K-1"))));

        assertThat(found).containsOnlyKeys(new IdempotencyKey(alice, "k-1"), new IdempotencyKey(bob, "k-2"));
        assertThat(found.get(new IdempotencyKey(alice, "k-1")).eventId()).isEqualTo(alices.id());
        assertThat(found.get(new IdempotencyKey(bob, "k-2")).eventId()).isEqualTo(bobs.id());
    }

    @Test
    void aBatchWithAKeyAlreadyStoredIsRefusedAsAWholeAndStoresNothing() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        run(() -> saveEvent().save(new WebhookEvent(UUID.randomUUID(), owner, EventType.RESUME_PARSED, "{}", "taken",
                t0), 0));
        WebhookEvent fresh = new WebhookEvent(UUID.randomUUID(), owner, EventType.RESUME_PARSED, "{}", "fresh", t0);
        Delivery freshDelivery = Delivery.schedule(UUID.randomUUID(), fresh, UUID.randomUUID(), t0);
        WebhookEvent repeat = new WebhookEvent(UUID.randomUUID(), owner, EventType.RESUME_PARSED, "{}", "taken", t0);

        assertThatThrownBy(() -> run(() -> {
            if (!saveEvent().saveAll(List.of(new FannedOutEvent(fresh, List.of(freshDelivery)),
                    new FannedOutEvent(repeat, List.of())))) {
                throw new DuplicatePublishException(); // as the service does: the transaction rolls back
            }
        })).isInstanceOf(DuplicatePublishException.class);
        assertThat(inTransaction(() -> findEvent().findByIdempotencyKey(owner, "fresh"))).isEmpty();
        assertThat(inTransaction(() -> loadDeliveries().loadById(freshDelivery.id()))).isEmpty();
    }

    @Test
    void aBatchStoresEveryEventWithItsDeliveries() {
        Instant t0 = uniqueEpoch().plusNanos(123_456_000); // microseconds survive the round trip
        String owner = owner();
        List<FannedOutEvent> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            WebhookEvent event = new WebhookEvent(UUID.randomUUID(), owner, EventType.TAILORING_COMPLETED, "{\"i\":" + i
                    + "}", "key-" + i, t0);
            batch.add(new FannedOutEvent(event, List.of(Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), t0),
                    Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), t0))));
        }
        run(() -> saveEvent().saveAll(batch));

        for (FannedOutEvent each : batch) {
            assertThat(inTransaction(() -> findEvent().findByIdempotencyKey(owner, each.event().idempotencyKey())))
                    .hasValueSatisfying(r -> assertThat(r.deliveries()).isEqualTo(2));
            for (Delivery delivery : each.deliveries()) {
                assertThat(inTransaction(() -> loadDeliveries().loadById(delivery.id()))).get()
                        .usingRecursiveComparison().isEqualTo(delivery);
            }
        }
    }

    @Test
    void aBatchOfManyEventsIsStoredWhole() {
        assertBatchStoredWhole(100, 3, i -> "{\"i\":" + i + "}");
    }

    /** 100 events near the 256 KiB limit: 50 MB of rows, more than MariaDB's default 16 MiB packet in one go. */
    @Test
    void aBatchOfLargeEventsIsStoredWhole() {
        String large = "{\"text\":\"" + "\u00e9".repeat(125_000) + "\"}"; // 250,000 bytes of UTF-8
        assertBatchStoredWhole(100, 1, i -> large);
    }

    private void assertBatchStoredWhole(int events, int deliveriesEach, java.util.function.IntFunction<String> data) {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        List<FannedOutEvent> batch = new java.util.ArrayList<>();
        for (int i = 0; i < events; i++) {
            WebhookEvent event = new WebhookEvent(UUID.randomUUID(), owner, EventType.TAILORING_COMPLETED, data.apply(i),
                    "whole-" + i, t0);
            List<Delivery> deliveries = new java.util.ArrayList<>();
            for (int d = 0; d < deliveriesEach; d++) {
                deliveries.add(Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), t0));
            }
            batch.add(new FannedOutEvent(event, deliveries));
        }
        run(() -> saveEvent().saveAll(batch));

        for (FannedOutEvent each : batch) {
            assertThat(inTransaction(() -> findEvent().findByIdempotencyKey(owner, each.event().idempotencyKey())))
                    .hasValueSatisfying(r -> assertThat(r.eventId()).isEqualTo(each.event().id()));
            for (Delivery delivery : each.deliveries()) {
                assertThat(inTransaction(() -> loadDeliveries().loadById(delivery.id()))).get()
                        .usingRecursiveComparison().isEqualTo(delivery);
            }
        }
    }

    @Test
    void statsCountDeliveriesByEventTypeAndState() {
        Instant t0 = uniqueEpoch();
        String owner = owner();
        UUID endpoint = UUID.randomUUID();
        newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0);
        newDelivery(owner, EventType.RESUME_PARSED, endpoint, t0);
        newDelivery(owner, EventType.ATS_CHECK_FAILED, endpoint, t0);
        ClaimedDelivery claimed = inTransaction(() -> claim().claimDue(t0, t0.plusSeconds(60), 1)).get(0);
        DeliveryAttempt attempt = claimed.delivery().recordAttempt(
                AttemptResult.ofResponse(200, Duration.ofMillis(120), "", null, null), t0, t0, RetryPolicy.DEFAULT, CAP);
        run(() -> claim().recordAttempt(claimed, attempt));

        List<DeliveryStatsPort.EventTypeCounts> counts = inTransaction(() -> stats().countsByEventType(owner, t0));

        assertThat(counts).extracting(DeliveryStatsPort.EventTypeCounts::eventType)
                .containsExactlyInAnyOrder("resume.parsed", "ats.check_failed");
        long delivered = counts.stream().mapToLong(DeliveryStatsPort.EventTypeCounts::delivered).sum();
        long pending = counts.stream().mapToLong(DeliveryStatsPort.EventTypeCounts::pending).sum();
        assertThat(delivered).isEqualTo(1);
        assertThat(pending).isEqualTo(2);
        assertThat(inTransaction(() -> stats().recentAttemptDurationsMillis(owner, t0, 100))).containsExactly(120L);
    }

    @Test
    void theQueueReportsHowManyAreDueAndSinceWhen() {
        Instant t0 = uniqueEpoch();
        newDelivery(owner(), EventType.RESUME_PARSED, UUID.randomUUID(), t0);
        newDelivery(owner(), EventType.RESUME_PARSED, UUID.randomUUID(), t0.plusSeconds(5));

        assertThat(inTransaction(() -> queue().oldestDue(t0.plusSeconds(10)))).isPresent();
        assertThat(inTransaction(() -> queue().countDue(t0.plusSeconds(10)))).isGreaterThanOrEqualTo(2);
    }
}
