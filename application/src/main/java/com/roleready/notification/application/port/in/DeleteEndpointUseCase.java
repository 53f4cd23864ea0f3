package com.roleready.notification.application.port.in;

import java.util.UUID;

public interface DeleteEndpointUseCase {

    /** Deletes the caller's endpoint and cancels its pending deliveries; NotFoundException if not the caller's. */
    void delete(String userId, UUID endpointId);
}
