package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LoadEndpointsPort {

    Optional<WebhookEndpoint> loadPrimary(String ownerId);

    Optional<WebhookEndpoint> loadById(UUID endpointId);

    /** Every endpoint of the owner, oldest first. */
    List<WebhookEndpoint> loadAllOf(String ownerId);
}
