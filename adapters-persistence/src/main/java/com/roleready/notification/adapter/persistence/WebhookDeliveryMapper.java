package com.roleready.notification.adapter.persistence;

import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.shared.adapter.persistence.PlainJdbc;
import com.roleready.shared.domain.TimeOrderedIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Maps deliveries and their attempts to rows and back. */
final class WebhookDeliveryMapper {

    static final int MAX_ERROR = 1024;
    static final int MAX_SNIPPET = 4096;
    static final int MAX_LOCATION = 2048;

    private WebhookDeliveryMapper() {
    }

    static WebhookDeliveryEntity toNewEntity(Delivery delivery) {
        WebhookDeliveryEntity entity = new WebhookDeliveryEntity(delivery.id().toString(),
                delivery.eventId().toString(), delivery.endpointId().toString(), delivery.ownerId(),
                delivery.eventType().wireName(), delivery.payload(), delivery.createdAt());
        copyMutableState(delivery, entity);
        return entity;
    }

    static void copyMutableState(Delivery delivery, WebhookDeliveryEntity entity) {
        entity.applyState(delivery.state().name(), delivery.attempts(), delivery.roundStart(), delivery.nextAttemptAt(),
                delivery.completedAt(), delivery.lastStatusCode(), fit(delivery.lastError(), MAX_ERROR));
    }

    static Delivery toDomain(WebhookDeliveryEntity entity) {
        return Delivery.rehydrate(UUID.fromString(entity.id()), UUID.fromString(entity.eventId()),
                UUID.fromString(entity.endpointId()), entity.ownerId(),
                EventType.fromWireName(entity.eventType(), "type"), entity.payload(), entity.createdAt(),
                DeliveryState.valueOf(entity.state()), entity.attempts(), entity.roundStart(), entity.nextAttemptAt(),
                entity.completedAt(), entity.lastStatusCode(), entity.lastError());
    }

    /**
     * A row of {@link DeliveryClaimAdapter#CLAIM_DUE_SQL}, just leased: its next attempt is due when the lease ends.
     */
    static Delivery toDomain(ResultSet row, Instant leaseUntil) throws SQLException {
        return Delivery.rehydrate(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("event_id")),
                UUID.fromString(row.getString("endpoint_id")), row.getString("owner_id"),
                EventType.fromWireName(row.getString("event_type"), "type"), row.getString("payload"),
                PlainJdbc.instant(row, "created_at"), DeliveryState.valueOf(row.getString("state")),
                row.getInt("attempts"), row.getInt("round_start"), leaseUntil, PlainJdbc.instant(row, "completed_at"),
                PlainJdbc.integer(row, "last_status_code"), row.getString("last_error"));
    }

    static WebhookDeliveryAttemptEntity toEntity(DeliveryAttempt attempt, String ownerId) {
        return new WebhookDeliveryAttemptEntity(TimeOrderedIds.next().toString(), attempt.deliveryId().toString(),
                ownerId, attempt.number(), attempt.startedAt(), attempt.duration().toMillis(), attempt.outcome().name(),
                attempt.statusCode(), fit(attempt.error(), MAX_ERROR), fit(attempt.responseSnippet(), MAX_SNIPPET),
                fit(attempt.location(), MAX_LOCATION));
    }

    static DeliveryAttempt toDomain(WebhookDeliveryAttemptEntity entity) {
        return new DeliveryAttempt(UUID.fromString(entity.deliveryId()), entity.attemptNo(), entity.startedAt(),
                Duration.ofMillis(entity.durationMs()), AttemptOutcome.valueOf(entity.outcome()), entity.statusCode(),
                entity.error(), entity.responseSnippet(), entity.location());
    }

    /**
     * Cuts text to the column's size rather than lose the whole attempt record over an overlong
     * error message or header; never splits a surrogate pair.
     */
    static String fit(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
