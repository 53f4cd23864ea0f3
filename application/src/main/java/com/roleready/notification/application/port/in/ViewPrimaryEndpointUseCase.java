package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.Optional;

public interface ViewPrimaryEndpointUseCase {

    Optional<WebhookEndpoint> primaryEndpointOf(String userId);
}
