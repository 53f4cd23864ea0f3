package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort.AttemptRecord;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.adapter.persistence.MariaDbTestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabaseExtension;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code useBulkStmts=true} on the URL, MariaDB's driver answers a batched UPDATE without row counts. The record
 * step must not take that for "lease held": it refuses the group (the dispatcher then records one by one), and a
 * single outcome, sent without a batch, still gets its real count.
 */
class RecordingWithoutUpdateCountsOnMariaDbTest {

    private static final Instant T0 = Instant.parse("2031-02-03T04:05:06Z");
    @RegisterExtension
    static final TestDatabaseExtension DATABASE =
            new TestDatabaseExtension(() -> MariaDbTestDatabase.start("?useBulkStmts=true"));

    @Test
    void aGroupWithoutUpdateCountsIsRefusedAndEachOutcomeAloneIsRecorded() {
        EntityManager entityManager = DATABASE.database().newEntityManager();
        DeliveryPersistenceAdapter persistence = new DeliveryPersistenceAdapter(entityManager);
        DeliveryClaimAdapter claims = new DeliveryClaimAdapter(entityManager);
        for (int i = 0; i < 2; i++) {
            WebhookEvent event = new WebhookEvent(UUID.randomUUID(), "owner-1", EventType.RESUME_PARSED, "{}", null, T0);
            Delivery delivery = Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), T0);
            TestDatabase.inFreshTransaction(entityManager, () -> {
                persistence.saveNew(delivery);
                return null;
            });
        }
        List<ClaimedDelivery> claimed = TestDatabase.inFreshTransaction(entityManager, () -> claims.claimDue(T0, T0.plusSeconds(60), 10));
        List<AttemptRecord> records = claimed.stream().map(RecordingWithoutUpdateCountsOnMariaDbTest::delivered).toList();

        assertThatThrownBy(() -> TestDatabase.inFreshTransaction(entityManager, () -> claims.recordAttempts(records)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("useBulkStmts");
        for (AttemptRecord record : records) {
            assertThat(TestDatabase.inFreshTransaction(entityManager, () -> claims.recordAttempts(List.of(record)))).containsExactly(true);
        }
        DeliveryLogAdapter log = new DeliveryLogAdapter(entityManager);
        for (ClaimedDelivery claim : claimed) {
            assertThat(TestDatabase.inFreshTransaction(entityManager, () -> log.loadById(claim.delivery().id())).orElseThrow().state())
                    .isEqualTo(DeliveryState.DELIVERED);
        }
        entityManager.close();
    }

    private static AttemptRecord delivered(ClaimedDelivery claim) {
        AttemptResult ok = new AttemptResult(AttemptOutcome.SUCCESS, 200, Duration.ofMillis(5), null, "ok", null, null);
        return new AttemptRecord(claim, claim.delivery().recordAttempt(ok, T0, T0.plusMillis(5), RetryPolicy.DEFAULT,
                Duration.ofMinutes(1)));
    }

}
