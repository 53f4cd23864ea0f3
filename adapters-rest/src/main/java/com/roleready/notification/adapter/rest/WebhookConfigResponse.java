package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.domain.WebhookEndpoint;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The original API's view of the primary endpoint; {@code secret} only when it was just created. */
@Schema(name = "WebhookConfig")
@JsonbPropertyOrder({"id", "url", "enabled", "enabledEvents", "secret", "disabledReason", "createdAt", "updatedAt"})
public record WebhookConfigResponse(String id, String url, boolean enabled, List<String> enabledEvents, String secret,
                                    String disabledReason, Instant createdAt, Instant updatedAt) {

    static WebhookConfigResponse from(WebhookEndpoint endpoint) {
        return new WebhookConfigResponse(endpoint.id().toString(), endpoint.url().value(), endpoint.isEnabled(),
                endpoint.filter().wireNames(), null, endpoint.disabledReason(), endpoint.createdAt(),
                endpoint.updatedAt());
    }

    static WebhookConfigResponse from(ConfiguredEndpoint configured) {
        WebhookConfigResponse view = from(configured.endpoint());
        return new WebhookConfigResponse(view.id, view.url, view.enabled, view.enabledEvents,
                configured.revealedSecret(), view.disabledReason, view.createdAt, view.updatedAt);
    }
}
