package com.roleready.notification.application.service;

import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.shared.application.NotFoundException;
import com.roleready.shared.application.UnitOfWork;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a caller's endpoint. Another user's endpoint is reported exactly like a missing one, so
 * ids cannot be probed.
 */
public class OwnedEndpoints {

    private final LoadEndpointsPort loadEndpoints;
    private final UnitOfWork unitOfWork;

    public OwnedEndpoints(LoadEndpointsPort loadEndpoints, UnitOfWork unitOfWork) {
        this.loadEndpoints = loadEndpoints;
        this.unitOfWork = unitOfWork;
    }

    public WebhookEndpoint named(String userId, UUID endpointId) {
        return unitOfWork.inTransaction(() -> loadEndpoints.loadById(endpointId))
                .filter(endpoint -> endpoint.isOwnedBy(userId))
                .orElseThrow(() -> new NotFoundException("no webhook endpoint " + endpointId));
    }

    public WebhookEndpoint primaryOrNamed(String userId, Optional<UUID> endpointId) {
        if (endpointId.isPresent()) {
            return named(userId, endpointId.get());
        }
        return unitOfWork.inTransaction(() -> loadEndpoints.loadPrimary(userId))
                .orElseThrow(() -> new NotFoundException("no webhook is configured for this user"));
    }
}
