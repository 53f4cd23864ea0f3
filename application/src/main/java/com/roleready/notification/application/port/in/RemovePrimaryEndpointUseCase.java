package com.roleready.notification.application.port.in;

public interface RemovePrimaryEndpointUseCase {

    /** Removes the caller's primary endpoint; fails with NotFoundException when there is none. */
    void removePrimaryEndpoint(String userId);
}
