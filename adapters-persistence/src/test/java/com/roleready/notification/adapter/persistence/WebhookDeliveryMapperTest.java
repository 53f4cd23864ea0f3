package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryMapperTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final Delivery delivery = Delivery.schedule(UUID.randomUUID(), new WebhookEvent(UUID.randomUUID(),
            "alice", EventType.ATS_CHECK_FAILED, "{\"a\":1}", "k", T0), UUID.randomUUID(), T0);

    @Test
    void aDeliveryRowStoresTheEventTypeByWireNameAndTheStateByName() {
        WebhookDeliveryEntity entity = WebhookDeliveryMapper.toNewEntity(delivery);

        assertThat(entity.eventType()).isEqualTo("ats.check_failed");
        assertThat(entity.state()).isEqualTo("PENDING");
        assertThat(entity.leaseToken()).isNull();
    }

    @Test
    void roundTripsEveryFieldOfADeliveryAndItsAttempt() {
        DeliveryAttempt attempt = delivery.recordAttempt(AttemptResult.ofResponse(302, Duration.ofMillis(17), "moved",
                "https://elsewhere.example.com/", null), T0, T0.plusSeconds(1), RetryPolicy.DEFAULT, Duration.ZERO);

        Delivery back = WebhookDeliveryMapper.toDomain(WebhookDeliveryMapper.toNewEntity(delivery));
        DeliveryAttempt attemptBack = WebhookDeliveryMapper.toDomain(WebhookDeliveryMapper.toEntity(attempt, "alice"));

        assertThat(back).usingRecursiveComparison().isEqualTo(delivery);
        assertThat(attemptBack).isEqualTo(attempt);
        assertThat(WebhookDeliveryMapper.toEntity(attempt, "alice").ownerId()).isEqualTo("alice");
    }

    @Test
    void overlongTextIsCutToTheColumnWithoutSplittingASurrogatePair() {
        String text = "ab\ud83d\ude00cd";

        assertThat(WebhookDeliveryMapper.fit(text, 3)).isEqualTo("ab");
        assertThat(WebhookDeliveryMapper.fit(text, 4)).isEqualTo("ab\ud83d\ude00");
        assertThat(WebhookDeliveryMapper.fit(text, 10)).isSameAs(text);
        assertThat(WebhookDeliveryMapper.fit(null, 3)).isNull();
    }
}
