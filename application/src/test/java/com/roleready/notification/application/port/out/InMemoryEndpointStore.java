package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory fake of the endpoint ports, held to the same contract as the JPA adapter. */
public class InMemoryEndpointStore implements LoadEndpointsPort, SaveEndpointPort, DeleteEndpointPort {

    private final Map<UUID, WebhookEndpoint> endpoints = new LinkedHashMap<>();

    @Override
    public Optional<WebhookEndpoint> loadPrimary(String ownerId) {
        return endpoints.values().stream().filter(e -> e.isPrimary() && e.isOwnedBy(ownerId)).findFirst()
                .map(InMemoryEndpointStore::copy);
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), copy(endpoint));
    }

    @Override
    public void delete(UUID endpointId) {
        endpoints.remove(endpointId);
    }

    /** Copies so that callers cannot change stored state without saving, as with a database. */
    private static WebhookEndpoint copy(WebhookEndpoint e) {
        return WebhookEndpoint.rehydrate(e.id(), e.ownerId(), e.isPrimary(), e.url(), e.isEnabled(), e.filter(),
                e.createdAt(), e.updatedAt());
    }
}
