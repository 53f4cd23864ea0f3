package com.roleready.notification.application.port.in;

import java.util.Optional;
import java.util.UUID;

public interface RegenerateSecretUseCase {

    /**
     * Gives the endpoint (the primary one when none is named) a new secret and reveals it; the old
     * one keeps signing during the overlap window so receivers can switch without losing deliveries.
     */
    ConfiguredEndpoint regenerate(String userId, Optional<UUID> endpointId);
}
