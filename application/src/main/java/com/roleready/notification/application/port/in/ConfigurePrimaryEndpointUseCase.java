package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.WebhookEndpoint;

public interface ConfigurePrimaryEndpointUseCase {

    /** Creates the primary endpoint, or reconfigures it if the user has one. */
    WebhookEndpoint configure(ConfigurePrimaryEndpointCommand command);
}
