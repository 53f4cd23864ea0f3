package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEndpoint;

public interface SaveEndpointPort {

    /** Inserts a new endpoint or updates the stored one with the same id. */
    void save(WebhookEndpoint endpoint);
}
