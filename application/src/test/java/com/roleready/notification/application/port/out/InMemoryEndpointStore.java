package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    public Optional<WebhookEndpoint> loadById(UUID endpointId) {
        return Optional.ofNullable(endpoints.get(endpointId)).map(InMemoryEndpointStore::copy);
    }

    @Override
    public Map<UUID, WebhookEndpoint> loadByIds(Collection<UUID> endpointIds) {
        Map<UUID, WebhookEndpoint> found = new HashMap<>();
        endpointIds.forEach(id -> loadById(id).ifPresent(endpoint -> found.put(id, endpoint)));
        return found;
    }

    @Override
    public List<WebhookEndpoint> loadAllOf(String ownerId) {
        return endpoints.values().stream().filter(e -> e.isOwnedBy(ownerId))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt)).map(InMemoryEndpointStore::copy).toList();
    }

    @Override
    public Map<String, List<WebhookEndpoint>> loadAllOf(Collection<String> ownerIds) {
        Map<String, List<WebhookEndpoint>> byOwner = new HashMap<>();
        for (String ownerId : ownerIds) {
            List<WebhookEndpoint> owned = loadAllOf(ownerId);
            if (!owned.isEmpty()) {
                byOwner.put(ownerId, owned);
            }
        }
        return byOwner;
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        boolean secondPrimary = endpoint.isPrimary() && endpoints.values().stream()
                .anyMatch(e -> e.isPrimary() && e.isOwnedBy(endpoint.ownerId()) && !e.id().equals(endpoint.id()));
        if (secondPrimary) {
            throw new IllegalStateException("a user has at most one primary endpoint");
        }
        endpoints.put(endpoint.id(), copy(endpoint));
    }

    @Override
    public void delete(UUID endpointId) {
        endpoints.remove(endpointId);
    }

    /** Copies so that callers cannot change stored state without saving, as with a database. */
    private static WebhookEndpoint copy(WebhookEndpoint e) {
        return WebhookEndpoint.rehydrate(e.id(), e.ownerId(), e.isPrimary(), e.url(), e.isEnabled(), e.filter(),
                e.retryPolicy(), e.secrets(), e.disabledReason(), e.createdAt(), e.updatedAt());
    }
}
