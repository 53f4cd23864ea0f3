package com.roleready.notification.application.port.in;

public interface RegisterEndpointUseCase {

    /** Adds an endpoint; the answer reveals its new signing secret (the only time it is shown). */
    ConfiguredEndpoint register(RegisterEndpointCommand command);
}
