package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.domain.WebhookEndpoint;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An endpoint as the API shows it. {@code secret} is present only in the answer that created or
 * regenerated it; lists and reads never carry it.
 */
@Schema(name = "WebhookEndpoint")
@JsonbPropertyOrder({"id", "url", "enabled", "enabledEvents", "retryDelaysSeconds", "primary", "disabledReason",
        "secret", "previousSecretValidUntil", "createdAt", "updatedAt"})
public record EndpointResponse(String id, String url, boolean enabled, List<String> enabledEvents,
                               List<Long> retryDelaysSeconds, boolean primary, String disabledReason,
                               @Schema(description = "Signing secret; only in the create and regenerate answers")
                               String secret,
                               @Schema(description = "Until when the replaced secret still signs deliveries")
                               Instant previousSecretValidUntil, Instant createdAt, Instant updatedAt) {

    static EndpointResponse of(WebhookEndpoint endpoint) {
        return of(endpoint, null);
    }

    static EndpointResponse of(ConfiguredEndpoint configured) {
        return of(configured.endpoint(), configured.revealedSecret());
    }

    private static EndpointResponse of(WebhookEndpoint e, String secret) {
        return new EndpointResponse(e.id().toString(), e.url().value(), e.isEnabled(), e.filter().wireNames(),
                e.retryPolicy().seconds(), e.isPrimary(), e.disabledReason(), secret,
                e.secrets().previousValidUntil(), e.createdAt(), e.updatedAt());
    }
}
