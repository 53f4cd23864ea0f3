package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.List;
import java.util.UUID;

public interface ListEndpointsUseCase {

    List<WebhookEndpoint> endpointsOf(String userId);

    /** The caller's endpoint; NotFoundException for an unknown id and for another user's. */
    WebhookEndpoint endpointOf(String userId, UUID endpointId);
}
