package com.roleready.notification.adapter.delivery;

import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The SendWebhookPort the application gets. Fault Tolerance reports its refusals as exceptions,
 * but the port promises an AttemptResult for every outcome, so they are translated here; the
 * interceptors only apply on a call into another bean, hence the separate ManagedWebhookSender.
 */
@ApplicationScoped
public class FaultTolerantWebhookSender implements SendWebhookPort {

    private SendWebhookPort guarded;

    protected FaultTolerantWebhookSender() {
        // for CDI
    }

    @Inject
    FaultTolerantWebhookSender(ManagedWebhookSender managed) {
        this(managed::send);
    }

    FaultTolerantWebhookSender(SendWebhookPort guarded) {
        this.guarded = guarded;
    }

    @Override
    public AttemptResult send(WebhookRequest request) {
        long start = System.nanoTime();
        try {
            return guarded.send(request);
        } catch (FaultToleranceException e) {
            return toResult(e, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    static AttemptResult toResult(FaultToleranceException e, Duration elapsed) {
        if (e instanceof TimeoutException) {
            return AttemptResult.ofFailure(AttemptOutcome.TIMEOUT, elapsed,
                    "attempt exceeded the fault-tolerance timeout");
        }
        if (e instanceof BulkheadException) {
            // Nothing was sent; the delivery's retry schedule tries again later.
            return AttemptResult.ofFailure(AttemptOutcome.CONNECTION_FAILED, elapsed,
                    "not attempted: too many webhook attempts in flight");
        }
        return AttemptResult.ofFailure(AttemptOutcome.CONNECTION_FAILED, elapsed,
                "not attempted: " + e.getClass().getSimpleName());
    }
}
