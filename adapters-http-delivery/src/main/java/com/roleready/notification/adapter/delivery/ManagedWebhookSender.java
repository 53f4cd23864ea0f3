package com.roleready.notification.adapter.delivery;

import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.AttemptResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The application's one HttpWebhookSender (one connection pool), built from configuration and
 * closed at shutdown, with MicroProfile Fault Tolerance around each attempt.
 *
 * <p>The sender enforces its own deadline ({@code signals.delivery.attempt-timeout-ms}); the
 * {@code @Timeout} here is a backstop just above it. Both limits can be changed with MP Config:
 * {@code com.roleready.notification.adapter.delivery.ManagedWebhookSender/send/Timeout/value}
 * (raise it together with the attempt timeout) and
 * {@code com.roleready.notification.adapter.delivery.ManagedWebhookSender/send/Bulkhead/value}
 * (concurrent attempts; keep it at most {@code signals.delivery.max-connections}).
 */
@ApplicationScoped
public class ManagedWebhookSender {

    static final long TIMEOUT_MS = 11_000;
    static final int MAX_CONCURRENT_ATTEMPTS = 20;

    @Inject
    DeliveryConfiguration configuration;

    private HttpWebhookSender sender;

    @PostConstruct
    void start() {
        sender = new HttpWebhookSender(configuration.settings());
    }

    @PreDestroy
    void stop() {
        sender.close();
    }

    /** Throws the Fault Tolerance exceptions when the backstop fires; FaultTolerantWebhookSender maps them. */
    @Timeout(TIMEOUT_MS)
    @Bulkhead(MAX_CONCURRENT_ATTEMPTS)
    public AttemptResult send(WebhookRequest request) {
        return sender.send(request);
    }
}
