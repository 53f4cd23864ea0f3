package com.roleready.notification.adapter.rest;

import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookConfig")
public record WebhookConfigResponse(String id, String url, boolean enabled, List<String> enabledEvents,
                                    Instant createdAt, Instant updatedAt) {

    static WebhookConfigResponse from(WebhookEndpoint endpoint) {
        return new WebhookConfigResponse(endpoint.id().toString(), endpoint.url().value(), endpoint.isEnabled(),
                endpoint.filter().wireNames(), endpoint.createdAt(), endpoint.updatedAt());
    }
}
