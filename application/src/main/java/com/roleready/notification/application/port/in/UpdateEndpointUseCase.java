package com.roleready.notification.application.port.in;

import java.util.UUID;

public interface UpdateEndpointUseCase {

    /** Replaces the endpoint's URL, enabled flag, events and retry policy; NotFoundException if not the caller's. */
    ConfiguredEndpoint update(UUID endpointId, RegisterEndpointCommand command);
}
