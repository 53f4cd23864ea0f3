package com.roleready.retention.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.application.port.out.InMemoryExperimentStore;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.VariantDraft;
import com.roleready.notification.application.port.out.InMemoryDeliveryStore;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.retention.application.port.in.PurgeReport;
import com.roleready.retention.application.port.out.PurgeMetricsPort.PurgedKind;
import com.roleready.shared.application.ImmediateUnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeExpiredRecordsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final InMemoryExperimentStore experiments = new InMemoryExperimentStore();
    private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
    private final Map<PurgedKind, Long> metrics = new EnumMap<>(PurgedKind.class);

    private PurgeExpiredRecordsService service(int batchSize, int maxRowsPerRun) {
        return new PurgeExpiredRecordsService(deliveries, experiments, (kind, rows) -> metrics.merge(kind, rows, Long::sum),
                unitOfWork, Clock.fixed(NOW, ZoneOffset.UTC),
                new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(90), batchSize, maxRowsPerRun));
    }

    private WebhookEvent event(Instant at, String key) {
        WebhookEvent event = new WebhookEvent(UUID.randomUUID(), "alice", EventType.RESUME_PARSED, "{}", key, at);
        deliveries.save(event, 1);
        return event;
    }

    /** A delivery answered with these statuses in turn, from {@code at} on; none leaves it pending. */
    private Delivery delivery(WebhookEvent event, Instant at, int... statuses) {
        Delivery delivery = Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), at);
        deliveries.saveNew(delivery);
        for (int status : statuses) {
            deliveries.update(delivery, delivery.recordAttempt(AttemptResult.ofResponse(status, Duration.ofMillis(3), "",
                    null, null), at, at, RetryPolicy.DEFAULT, Duration.ZERO));
        }
        return delivery;
    }

    @Test
    void givenOldFinalAndPendingDeliveries_onlyTheFinalOnesGoWithTheirAttemptsAndEvents() {
        Instant old = NOW.minus(Duration.ofDays(31));
        WebhookEvent done = event(old, "k-done");
        delivery(done, old, 500, 200);
        delivery(done, old, 410);
        WebhookEvent stuck = event(NOW.minus(Duration.ofDays(400)), "k-stuck");
        Delivery pending = delivery(stuck, NOW.minus(Duration.ofDays(400)), 500);
        WebhookEvent fresh = event(NOW.minus(Duration.ofDays(29)), "k-fresh");
        Delivery recent = delivery(fresh, NOW.minus(Duration.ofDays(29)), 200);

        PurgeReport report = service(1_000, 100_000).purgeExpired();

        assertThat(report).isEqualTo(new PurgeReport(2, 3, 1, 0, true));
        assertThat(deliveries.loadById(pending.id())).isPresent();
        assertThat(deliveries.loadAttempts(pending.id())).hasSize(1);
        assertThat(deliveries.loadById(recent.id())).isPresent();
        assertThat(deliveries.findByIdempotencyKey("alice", "k-done")).isEmpty();
        assertThat(deliveries.findByIdempotencyKey("alice", "k-stuck")).isPresent();
        assertThat(deliveries.findByIdempotencyKey("alice", "k-fresh")).isPresent();
        assertThat(metrics).containsEntry(PurgedKind.DELIVERY, 2L).containsEntry(PurgedKind.DELIVERY_ATTEMPT, 3L)
                .containsEntry(PurgedKind.EVENT, 1L).containsEntry(PurgedKind.TEST_RESULT, 0L);
    }

    @Test
    void eachBatchIsItsOwnTransactionOfAtMostTheBatchSize() {
        WebhookEvent event = event(NOW.minus(Duration.ofDays(60)), null);
        for (int i = 0; i < 5; i++) {
            delivery(event, NOW.minus(Duration.ofDays(40)), 200);
        }

        PurgeReport report = service(2, 100).purgeExpired();

        assertThat(report.deliveries()).isEqualTo(5);
        assertThat(report.events()).isEqualTo(1);
        // deliveries 2 + 2 + 1, events 1 (short: done), test results 0 (short: done)
        assertThat(unitOfWork.transactions()).isEqualTo(5);
    }

    @Test
    void aRunStopsAtItsCapAndTheNextRunGoesOn() {
        WebhookEvent event = event(NOW.minus(Duration.ofDays(60)), null);
        for (int i = 0; i < 5; i++) {
            delivery(event, NOW.minus(Duration.ofDays(40)), 200);
        }

        PurgeReport first = service(2, 3).purgeExpired();
        PurgeReport second = service(2, 3).purgeExpired();

        assertThat(first.deliveries()).isEqualTo(3);
        assertThat(first.events()).isZero();
        assertThat(first.complete()).isFalse();
        assertThat(second.deliveries()).isEqualTo(2);
        assertThat(second.events()).isEqualTo(1);
        assertThat(second.complete()).isTrue();
    }

    @Test
    void oldTestResultRowsGoAndTheAggregatesStayComplete() {
        PromptVariant control = PromptVariant.rehydrate(UUID.randomUUID(), new VariantDraft(Operation.TAILORING, "A",
                "Control", "Prompt", true, null), true, false, NOW, "admin", NOW, "admin");
        experiments.saveNew(control);
        VariantAggregate totals = experiments.lockForUpdate(control.id());
        TestResult old = result(control, NOW.minus(Duration.ofDays(91)));
        TestResult recent = result(control, NOW.minus(Duration.ofDays(89)));
        for (TestResult r : List.of(old, recent)) {
            experiments.save(r);
            totals.record(r);
        }
        experiments.save(totals);

        PurgeReport report = service(1_000, 100_000).purgeExpired();

        assertThat(report.testResults()).isEqualTo(1);
        assertThat(experiments.storedResult(old.id())).isEmpty();
        assertThat(experiments.storedResult(recent.id())).isPresent();
        assertThat(experiments.load(List.of(control.id())).get(control.id()).count()).isEqualTo(2);
        assertThat(metrics).containsEntry(PurgedKind.TEST_RESULT, 1L);
    }

    private static TestResult result(PromptVariant variant, Instant at) {
        return new TestResult(UUID.randomUUID(), variant.id(), variant.operation(), "bob", true, 90.0, 1000, 500,
                0.01, null, null, at);
    }
}
