package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.WebhookEndpoint;

/**
 * An attempt made (or a delivery cancelled because its endpoint is gone or disabled) and not yet recorded:
 * the claimed delivery already holds its new state. {@code result}, {@code attempt} and {@code endpoint} are
 * null for a cancellation.
 */
public record SentAttempt(DueDelivery due, AttemptResult result, DeliveryAttempt attempt, WebhookEndpoint endpoint) {

    public static SentAttempt cancelled(DueDelivery due) {
        return new SentAttempt(due, null, null, null);
    }

    public boolean endpointIsGone() {
        return result != null && result.isGone();
    }
}
