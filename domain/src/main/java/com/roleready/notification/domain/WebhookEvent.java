package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a user's long-running operation, as published by a platform
 * service. {@code dataJson} is a JSON object in canonical text form (the adapter parses and
 * re-serialises it); the domain only guards its size.
 */
public record WebhookEvent(UUID id, String ownerId, EventType type, String dataJson, String idempotencyKey,
                           Instant occurredAt) {

    public static final int MAX_DATA_BYTES = 256 * 1024;
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    public WebhookEvent {
        Require.present(id, "id");
        Require.present(type, "type");
        Require.present(occurredAt, "occurredAt");
        checkPublishable(ownerId, idempotencyKey, dataJson);
    }

    /** The publisher's part of an event, checked before anything is stored (a batch checks all its events first). */
    public static void checkPublishable(String ownerId, String idempotencyKey, String dataJson) {
        Require.notBlank(ownerId, "userId");
        Require.maxLength(ownerId, 255, "userId");
        Require.present(dataJson, "data");
        if (idempotencyKey != null && idempotencyKey.isBlank()) {
            throw new DomainValidationException("idempotencyKey",
                    "idempotencyKey is optional, but when given it must not be blank");
        }
        if (idempotencyKey != null) {
            Require.maxLength(idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH, "idempotencyKey");
        }
        if (dataJson.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new PayloadTooLargeException("data", "data must be at most 256 KiB of JSON");
        }
    }
}
