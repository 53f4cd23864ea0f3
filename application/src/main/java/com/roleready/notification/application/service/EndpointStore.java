package com.roleready.notification.application.service;

import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;

/**
 * Writes endpoints together with what must follow: an endpoint that is deleted or switched off
 * has its pending deliveries cancelled (a recorded final state, not silently dropped).
 */
public class EndpointStore {

    private final SaveEndpointPort saveEndpoint;
    private final DeleteEndpointPort deleteEndpoint;
    private final SaveDeliveryPort saveDelivery;

    public EndpointStore(SaveEndpointPort saveEndpoint, DeleteEndpointPort deleteEndpoint, SaveDeliveryPort saveDelivery) {
        this.saveEndpoint = saveEndpoint;
        this.deleteEndpoint = deleteEndpoint;
        this.saveDelivery = saveDelivery;
    }

    public void save(WebhookEndpoint endpoint) {
        saveEndpoint.save(endpoint);
    }

    public void saveChanged(WebhookEndpoint endpoint) {
        saveEndpoint.save(endpoint);
        if (!endpoint.isEnabled()) {
            saveDelivery.cancelPendingFor(endpoint.id(), endpoint.updatedAt());
        }
    }

    public void delete(WebhookEndpoint endpoint, Instant now) {
        saveDelivery.cancelPendingFor(endpoint.id(), now);
        deleteEndpoint.delete(endpoint.id());
    }
}
