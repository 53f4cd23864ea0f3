package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEvent;
import java.util.List;

/** A published event with the deliveries it fans out to: what one publish writes to the outbox. */
public record FannedOutEvent(WebhookEvent event, List<Delivery> deliveries) {

    public FannedOutEvent {
        deliveries = List.copyOf(deliveries);
    }
}
