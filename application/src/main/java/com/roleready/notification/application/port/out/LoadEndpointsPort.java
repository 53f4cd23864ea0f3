package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEndpoint;
import java.util.Optional;

public interface LoadEndpointsPort {

    Optional<WebhookEndpoint> loadPrimary(String ownerId);
}
