package com.roleready.notification.adapter.persistence;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.SigningSecrets;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps between the domain endpoint and its row; signing secrets are encrypted in the row. */
final class WebhookEndpointMapper {

    private WebhookEndpointMapper() {
    }

    static WebhookEndpointEntity toNewEntity(WebhookEndpoint endpoint, SecretCipher cipher) {
        WebhookEndpointEntity entity = new WebhookEndpointEntity(endpoint.id().toString(), endpoint.ownerId(),
                endpoint.isPrimary(), endpoint.createdAt());
        copyMutableState(endpoint, entity, cipher);
        return entity;
    }

    static void copyMutableState(WebhookEndpoint endpoint, WebhookEndpointEntity entity, SecretCipher cipher) {
        entity.applyState(endpoint.url().value(), endpoint.isEnabled(), String.join(",", endpoint.filter().wireNames()),
                toColumn(endpoint.retryPolicy()), endpoint.disabledReason(), endpoint.updatedAt());
        // Re-encrypt only what changed: a fresh IV per encryption would otherwise rewrite the row on every save.
        SigningSecrets secrets = endpoint.secrets();
        if (entity.lacksSecret() || !secrets.equals(secretsOf(entity, cipher))) {
            entity.applySecrets(cipher.encrypt(secrets.current().reveal()),
                    secrets.previous() == null ? null : cipher.encrypt(secrets.previous().reveal()),
                    secrets.previousValidUntil());
        }
    }

    /** The row must hold a secret: rows from before schema V2 are given one by the adapter first. */
    static WebhookEndpoint toDomain(WebhookEndpointEntity entity, SecretCipher cipher) {
        return WebhookEndpoint.rehydrate(UUID.fromString(entity.id()), entity.ownerId(), entity.primary(),
                new EndpointUrl(entity.url()), entity.enabled(),
                EventFilter.ofWireNames(Arrays.asList(entity.enabledEvents().split(","))),
                toRetryPolicy(entity.retryDelaysSeconds()), secretsOf(entity, cipher), entity.disabledReason(),
                entity.createdAt(), entity.updatedAt());
    }

    private static SigningSecrets secretsOf(WebhookEndpointEntity entity, SecretCipher cipher) {
        if (entity.lacksSecret()) {
            throw new IllegalStateException("endpoint " + entity.id() + " has no signing secret stored");
        }
        WebhookSecret previous = entity.secretPrevious() == null ? null
                : WebhookSecret.parse(cipher.decrypt(entity.secretPrevious()));
        return new SigningSecrets(WebhookSecret.parse(cipher.decrypt(entity.secretCurrent())), previous,
                entity.secretPreviousValidUntil());
    }

    static String toColumn(RetryPolicy policy) {
        return policy.seconds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static RetryPolicy toRetryPolicy(String column) {
        List<Long> seconds = column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).map(Long::valueOf).toList();
        return RetryPolicy.ofSeconds(seconds);
    }
}
