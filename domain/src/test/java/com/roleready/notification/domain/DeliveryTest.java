package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration CAP = Duration.ofMinutes(10);

    private final WebhookEvent event = new WebhookEvent(UUID.randomUUID(), "alice", EventType.RESUME_PARSED,
            "{\"resumeId\":\"r-1\"}", null, T0);
    private final Delivery delivery = Delivery.schedule(UUID.randomUUID(), event, UUID.randomUUID(), T0);

    private static AttemptResult status(int code) {
        return AttemptResult.ofResponse(code, Duration.ofMillis(20), "", null, null);
    }

    @Test
    void aNewDeliveryIsDueAtOnceWithTheStandardPayloadWhoseIdIsTheWebhookId() {
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(delivery.isDue(T0)).isTrue();
        assertThat(delivery.payload()).isEqualTo("{\"id\":\"" + delivery.webhookId() + "\",\"type\":\"resume.parsed\","
                + "\"timestamp\":\"2026-12-03T12:00:00Z\",\"data\":{\"resumeId\":\"r-1\"}}");
        assertThat(delivery.webhookId()).startsWith("msg_").hasSize(36);
    }

    @Test
    void aLeasedDeliveryIsNotDueForAnybodyElseUntilTheLeaseEnds() {
        delivery.lease(T0.plusSeconds(60));

        assertThat(delivery.isDue(T0.plusSeconds(59))).isFalse();
        assertThat(delivery.isDue(T0.plusSeconds(60))).isTrue();
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void onlyAPendingDeliveryCanBeLeased() {
        delivery.recordAttempt(status(204), T0, T0, RetryPolicy.DEFAULT, CAP);

        assertThatThrownBy(() -> delivery.lease(T0.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void a2xxDeliversIt() {
        DeliveryAttempt attempt = delivery.recordAttempt(status(204), T0, T0.plusMillis(20), RetryPolicy.DEFAULT, CAP);

        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivery.completedAt()).isEqualTo(T0.plusMillis(20));
        assertThat(attempt.number()).isEqualTo(1);
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.SUCCESS);
    }

    @Test
    void failuresAreRetriedAfterOneThenFiveSecondsAndSucceed() {
        delivery.recordAttempt(status(500), T0, T0, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(delivery.isDue(T0)).isFalse();

        Instant t1 = T0.plusSeconds(1);
        delivery.recordAttempt(status(500), t1, t1, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.nextAttemptAt()).isEqualTo(t1.plusSeconds(5));

        Instant t2 = t1.plusSeconds(5);
        delivery.recordAttempt(status(200), t2, t2, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(3);
    }

    @Test
    void afterTheLastRetryFailsTheDeliveryFails() {
        Instant now = T0;
        for (int i = 0; i < 4; i++) {
            delivery.recordAttempt(AttemptResult.ofFailure(AttemptOutcome.TIMEOUT, Duration.ofSeconds(10), "timed out"),
                    now, now, RetryPolicy.DEFAULT, CAP);
            now = now.plusSeconds(20);
        }

        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.attempts()).isEqualTo(4);
        assertThat(delivery.lastError()).isEqualTo("timed out");
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void a410FailsAtOnceWithoutRetry() {
        delivery.recordAttempt(status(410), T0, T0, RetryPolicy.DEFAULT, CAP);

        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(delivery.lastStatusCode()).isEqualTo(410);
    }

    @Test
    void aRetryAfterLongerThanThePolicyDelayIsHonouredUpToTheCap() {
        AttemptResult throttled = AttemptResult.ofResponse(429, Duration.ofMillis(5), "", null, Duration.ofSeconds(30));
        delivery.recordAttempt(throttled, T0, T0, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));

        AttemptResult greedy = AttemptResult.ofResponse(503, Duration.ofMillis(5), "", null, Duration.ofHours(5));
        delivery.recordAttempt(greedy, T0, T0, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plus(CAP));
    }

    @Test
    void aRetryAfterOnAnotherStatusOrShorterThanThePolicyIsIgnored() {
        AttemptResult shortHint = AttemptResult.ofResponse(429, Duration.ofMillis(5), "", null, Duration.ofMillis(100));
        delivery.recordAttempt(shortHint, T0, T0, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));

        AttemptResult notThrottled = AttemptResult.ofResponse(500, Duration.ofMillis(5), "", null, Duration.ofSeconds(60));
        delivery.recordAttempt(notThrottled, T0, T0, RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aRedirectIsAFailureWithItsLocationLogged() {
        AttemptResult redirect = AttemptResult.ofResponse(301, Duration.ofMillis(5), "", "https://elsewhere.example", null);
        DeliveryAttempt attempt = delivery.recordAttempt(redirect, T0, T0, RetryPolicy.DEFAULT, CAP);

        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REDIRECT);
        assertThat(attempt.location()).isEqualTo("https://elsewhere.example");
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void onlyAPendingDeliveryCanBeCancelled() {
        assertThat(delivery.cancel(T0)).isTrue();
        assertThat(delivery.state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(delivery.cancel(T0)).isFalse();
    }

    @Test
    void aFailedDeliveryCanBeRedeliveredWithAFreshRoundOfRetries() {
        delivery.recordAttempt(status(410), T0, T0, RetryPolicy.DEFAULT, CAP);

        delivery.redeliver(T0.plusSeconds(60));

        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(delivery.isDue(T0.plusSeconds(60))).isTrue();
        delivery.recordAttempt(status(500), T0.plusSeconds(60), T0.plusSeconds(60), RetryPolicy.DEFAULT, CAP);
        assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(61));
        assertThat(delivery.attempts()).isEqualTo(2);
    }

    @Test
    void aDeliveryThatIsNotFailedCannotBeRedelivered() {
        assertThatThrownBy(() -> delivery.redeliver(T0)).isInstanceOf(DeliveryStateConflictException.class);
        delivery.recordAttempt(status(200), T0, T0, RetryPolicy.DEFAULT, CAP);
        assertThatThrownBy(() -> delivery.redeliver(T0)).hasMessageContaining("delivered");
    }

    @Test
    void aFinishedDeliveryRefusesFurtherAttempts() {
        delivery.recordAttempt(status(200), T0, T0, RetryPolicy.DEFAULT, CAP);

        assertThatThrownBy(() -> delivery.recordAttempt(status(200), T0, T0, RetryPolicy.DEFAULT, CAP))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTestDeliveryIsTriedOnlyOnce() {
        delivery.recordSingleAttempt(status(500), T0, T0);

        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
    }

    @Test
    void dataOver256KibIsRejectedAsTooLarge() {
        String big = "{\"x\":\"" + "a".repeat(256 * 1024) + "\"}";
        assertThatThrownBy(() -> new WebhookEvent(UUID.randomUUID(), "alice", EventType.RESUME_PARSED, big, null, T0))
                .isInstanceOf(PayloadTooLargeException.class);
    }
}
