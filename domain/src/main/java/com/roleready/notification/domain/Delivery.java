package com.roleready.notification.domain;

import com.roleready.shared.domain.Require;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One event on its way to one endpoint. Its id is the {@code webhook-id}: the same on every
 * attempt, so receivers can de-duplicate. The payload is fixed when the delivery is created and
 * sent byte for byte on every attempt.
 */
public final class Delivery {

    private final UUID id;
    private final UUID eventId;
    private final UUID endpointId;
    private final String ownerId;
    private final EventType eventType;
    private final String payload;
    private final Instant createdAt;
    private DeliveryState state;
    private int attempts;
    /** Attempts made before the current round; a redelivery starts a new round of the retry policy. */
    private int roundStart;
    private Instant nextAttemptAt;
    private Instant completedAt;
    private Integer lastStatusCode;
    private String lastError;

    private Delivery(UUID id, UUID eventId, UUID endpointId, String ownerId, EventType eventType, String payload,
                     Instant createdAt, DeliveryState state, int attempts, int roundStart, Instant nextAttemptAt,
                     Instant completedAt, Integer lastStatusCode, String lastError) {
        this.id = Require.present(id, "id");
        this.eventId = Require.present(eventId, "eventId");
        this.endpointId = Require.present(endpointId, "endpointId");
        this.ownerId = Require.notBlank(ownerId, "userId");
        this.eventType = Require.present(eventType, "type");
        this.payload = Require.present(payload, "payload");
        this.createdAt = Require.present(createdAt, "createdAt");
        this.state = Require.present(state, "state");
        this.attempts = attempts;
        this.roundStart = roundStart;
        this.nextAttemptAt = nextAttemptAt;
        this.completedAt = completedAt;
        this.lastStatusCode = lastStatusCode;
        this.lastError = lastError;
    }

    /**
     * A delivery due at once, with the Standard Webhooks payload {id, type, timestamp, data}. The body's id is the
     * {@code webhook-id} header's value, so a receiver deduplicates on one string whichever it reads.
     */
    public static Delivery schedule(UUID id, WebhookEvent event, UUID endpointId, Instant now) {
        String payload = "{\"id\":\"" + webhookIdOf(id) + "\",\"type\":\"" + event.type().wireName() + "\",\"timestamp\":\""
                + event.occurredAt().truncatedTo(ChronoUnit.MILLIS) + "\",\"data\":" + event.dataJson() + "}";
        return new Delivery(id, event.id(), endpointId, event.ownerId(), event.type(), payload, now,
                DeliveryState.PENDING, 0, 0, now, null, null, null);
    }

    public static Delivery rehydrate(UUID id, UUID eventId, UUID endpointId, String ownerId, EventType eventType,
                                     String payload, Instant createdAt, DeliveryState state, int attempts,
                                     int roundStart, Instant nextAttemptAt, Instant completedAt,
                                     Integer lastStatusCode, String lastError) {
        return new Delivery(id, eventId, endpointId, ownerId, eventType, payload, createdAt, state, attempts,
                roundStart, nextAttemptAt, completedAt, lastStatusCode, lastError);
    }

    /**
     * Records an attempt and decides what follows: delivered on 2xx; failed at once on 410 (the
     * receiver is gone); otherwise a retry after the policy's delay, stretched to a receiver's
     * Retry-After up to {@code retryAfterCap}; failed when the policy is exhausted.
     */
    public DeliveryAttempt recordAttempt(AttemptResult result, Instant startedAt, Instant now, RetryPolicy policy,
                                         Duration retryAfterCap) {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + state.wireName() + ", not pending");
        }
        attempts++;
        lastStatusCode = result.statusCode();
        lastError = result.error();
        DeliveryAttempt attempt = DeliveryAttempt.of(id, attempts, startedAt, result);
        if (result.outcome().isSuccess()) {
            finish(DeliveryState.DELIVERED, now);
        } else if (result.isGone()) {
            finish(DeliveryState.FAILED, now);
        } else {
            policy.delayAfter(attempts - roundStart).ifPresentOrElse(
                    delay -> nextAttemptAt = now.plus(stretch(delay, result, retryAfterCap)),
                    () -> finish(DeliveryState.FAILED, now));
        }
        return attempt;
    }

    /** A test delivery is tried once: whatever happens is its final state. */
    public DeliveryAttempt recordSingleAttempt(AttemptResult result, Instant startedAt, Instant now) {
        return recordAttempt(result, startedAt, now, new RetryPolicy(java.util.List.of()), Duration.ZERO);
    }

    /** The endpoint was deleted or disabled: a pending delivery will not be attempted again. */
    public boolean cancel(Instant now) {
        if (state != DeliveryState.PENDING) {
            return false;
        }
        lastError = "cancelled: endpoint deleted or disabled";
        finish(DeliveryState.CANCELLED, now);
        return true;
    }

    /** The owner asks for a failed delivery to be tried again: a new round of the retry policy, same webhook-id. */
    public void redeliver(Instant now) {
        if (state != DeliveryState.FAILED) {
            throw new DeliveryStateConflictException("only a failed delivery can be redelivered; this one is "
                    + state.wireName());
        }
        state = DeliveryState.PENDING;
        roundStart = attempts;
        nextAttemptAt = now;
        completedAt = null;
    }

    /**
     * A server takes the delivery: nobody else finds it due until {@code until}. Should that server die before it
     * records an attempt, the delivery falls due again by itself then.
     */
    public void lease(Instant until) {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + state.wireName() + ", not pending");
        }
        nextAttemptAt = until;
    }

    public boolean isDue(Instant now) {
        return state == DeliveryState.PENDING && !nextAttemptAt.isAfter(now);
    }

    public byte[] payloadBytes() {
        return payload.getBytes(StandardCharsets.UTF_8);
    }

    private static Duration stretch(Duration delay, AttemptResult result, Duration cap) {
        return result.retryAfterHint()
                .map(hint -> hint.compareTo(cap) > 0 ? cap : hint)
                .filter(hint -> hint.compareTo(delay) > 0)
                .orElse(delay);
    }

    private void finish(DeliveryState finalState, Instant now) {
        state = finalState;
        completedAt = now;
        nextAttemptAt = null;
    }

    public UUID id() {
        return id;
    }

    /** The Standard Webhooks {@code webhook-id} header value. */
    public String webhookId() {
        return webhookIdOf(id);
    }

    private static String webhookIdOf(UUID id) {
        return "msg_" + id.toString().replace("-", "");
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID endpointId() {
        return endpointId;
    }

    public String ownerId() {
        return ownerId;
    }

    public EventType eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public int roundStart() {
        return roundStart;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Delivery that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
