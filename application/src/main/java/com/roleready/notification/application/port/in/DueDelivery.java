package com.roleready.notification.application.port.in;

import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.domain.WebhookEndpoint;
import java.util.Optional;

/**
 * A delivery leased to this server, with its endpoint as read in the same claim transaction (empty when the
 * endpoint is gone). Each endpoint is read once per claimed batch, not once per delivery.
 */
public record DueDelivery(ClaimedDelivery claim, Optional<WebhookEndpoint> endpoint) {
}
