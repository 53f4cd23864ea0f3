package com.roleready.notification.adapter.persistence;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.WebhookEndpoint;
import java.util.Arrays;
import java.util.UUID;

/** Maps between the domain endpoint and its row. */
final class WebhookEndpointMapper {

    private WebhookEndpointMapper() {
    }

    static WebhookEndpointEntity toNewEntity(WebhookEndpoint endpoint) {
        WebhookEndpointEntity entity = new WebhookEndpointEntity(endpoint.id().toString(), endpoint.ownerId(),
                endpoint.isPrimary(), endpoint.createdAt());
        copyMutableState(endpoint, entity);
        return entity;
    }

    static void copyMutableState(WebhookEndpoint endpoint, WebhookEndpointEntity entity) {
        entity.applyState(endpoint.url().value(), endpoint.isEnabled(), String.join(",", endpoint.filter().wireNames()),
                endpoint.updatedAt());
    }

    static WebhookEndpoint toDomain(WebhookEndpointEntity entity) {
        return WebhookEndpoint.rehydrate(UUID.fromString(entity.id()), entity.ownerId(), entity.primary(),
                new EndpointUrl(entity.url()), entity.enabled(),
                EventFilter.ofWireNames(Arrays.asList(entity.enabledEvents().split(","))),
                entity.createdAt(), entity.updatedAt());
    }
}
