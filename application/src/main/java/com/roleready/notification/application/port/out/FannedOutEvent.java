package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEvent;
import java.util.List;

/**
 * A published event with the deliveries it fans out to: what one publish writes to the outbox. {@code leaseToken}
 * is null when the deliveries are due at once for any dispatcher; otherwise they are stored leased under that
 * token (until their {@code nextAttemptAt}) to this server's dispatcher, which gets them straight from the publish.
 */
public record FannedOutEvent(WebhookEvent event, List<Delivery> deliveries, String leaseToken) {

    public FannedOutEvent {
        deliveries = List.copyOf(deliveries);
    }

    public FannedOutEvent(WebhookEvent event, List<Delivery> deliveries) {
        this(event, deliveries, null);
    }
}
