package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface LoadEndpointsPort {

    Optional<WebhookEndpoint> loadPrimary(String ownerId);

    Optional<WebhookEndpoint> loadById(UUID endpointId);

    /** The endpoints with these ids that exist, in one query. */
    Map<UUID, WebhookEndpoint> loadByIds(Collection<UUID> endpointIds);

    /** Every endpoint of the owner, oldest first. */
    List<WebhookEndpoint> loadAllOf(String ownerId);

    /** Every endpoint of each owner, oldest first, in one query; owners without endpoints are absent. */
    Map<String, List<WebhookEndpoint>> loadAllOf(Collection<String> ownerIds);
}
