package com.roleready.notification.application.port.in;

public interface ConfigurePrimaryEndpointUseCase {

    /** Creates the primary endpoint (revealing its new secret), or reconfigures it if the user has one. */
    ConfiguredEndpoint configure(ConfigurePrimaryEndpointCommand command);
}
