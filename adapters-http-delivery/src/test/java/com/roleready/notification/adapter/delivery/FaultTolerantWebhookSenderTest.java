package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class FaultTolerantWebhookSenderTest {

    private static final WebhookRequest REQUEST =
            new WebhookRequest(URI.create("https://hooks.example.com/h"), new byte[] {'{', '}'}, Map.of());

    @Test
    void anAttemptResultPassesThroughUnchanged() {
        AttemptResult answer = AttemptResult.ofResponse(200, Duration.ofMillis(12), "ok", null, null);

        assertThat(new FaultTolerantWebhookSender(request -> answer).send(REQUEST)).isSameAs(answer);
    }

    @Test
    void aFaultToleranceTimeoutBecomesATimeoutResult() {
        AttemptResult result = new FaultTolerantWebhookSender(request -> {
            throw new TimeoutException("timed out");
        }).send(REQUEST);

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.TIMEOUT);
        assertThat(result.error()).contains("fault-tolerance timeout");
        assertThat(result.statusCode()).isNull();
    }

    @Test
    void aFullBulkheadBecomesAFailedAttemptThatWasNeverSent() {
        AttemptResult result = new FaultTolerantWebhookSender(request -> {
            throw new BulkheadException("full");
        }).send(REQUEST);

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
        assertThat(result.error()).startsWith("not attempted");
    }

    @Test
    void anyOtherFaultToleranceRefusalIsAlsoAResult() {
        AttemptResult result = new FaultTolerantWebhookSender(request -> {
            throw new CircuitBreakerOpenException("open");
        }).send(REQUEST);

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
        assertThat(result.error()).isEqualTo("not attempted: CircuitBreakerOpenException");
    }

    @Test
    void theFaultToleranceTimeoutIsABackstopAboveTheSendersOwnDeadline() throws NoSuchMethodException {
        Method send = ManagedWebhookSender.class.getMethod("send", WebhookRequest.class);

        assertThat(send.getAnnotation(Timeout.class).value())
                .isGreaterThan(DeliverySettings.DEFAULT_ATTEMPT_TIMEOUT.toMillis());
        assertThat(send.getAnnotation(Bulkhead.class).value())
                .isBetween(1, DeliverySettings.DEFAULT_MAX_CONNECTIONS);
    }
}
