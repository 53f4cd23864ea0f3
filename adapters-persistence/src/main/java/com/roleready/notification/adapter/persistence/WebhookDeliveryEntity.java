package com.roleready.notification.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDeliveryEntity.FIND_PENDING_OF_ENDPOINT, query = "SELECT d FROM WebhookDeliveryEntity d"
        + " WHERE d.endpointId = :endpointId AND d.state = 'PENDING'")
@NamedQuery(name = WebhookDeliveryEntity.COUNT_DUE, query = "SELECT COUNT(d) FROM WebhookDeliveryEntity d"
        + " WHERE d.state = 'PENDING' AND d.nextAttemptAt <= :now")
@NamedQuery(name = WebhookDeliveryEntity.DUE_TIMES, query = "SELECT d.nextAttemptAt FROM WebhookDeliveryEntity d"
        + " WHERE d.state = 'PENDING' AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt")
// The dispatcher's claim and record statements are plain JDBC in DeliveryClaimAdapter (ADR 0017).
class WebhookDeliveryEntity {

    static final String FIND_PENDING_OF_ENDPOINT = "WebhookDelivery.findPendingOfEndpoint";
    static final String COUNT_DUE = "WebhookDelivery.countDue";
    static final String DUE_TIMES = "WebhookDelivery.dueTimes";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "endpoint_id", nullable = false, length = 36)
    private String endpointId;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    /** The event type's wire name, e.g. "resume.parsed". */
    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    /** The exact body of every attempt. */
    @Lob
    @Column(name = "payload", nullable = false)
    private String payload;

    /** The DeliveryState's name: PENDING, DELIVERED, FAILED or CANCELLED. */
    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "round_start", nullable = false)
    private int roundStart;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** The current claim's token; null when nobody holds a lease. */
    @Column(name = "lease_token", length = 36)
    private String leaseToken;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = 1024)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookDeliveryEntity() {
        // for JPA
    }

    WebhookDeliveryEntity(String id, String eventId, String endpointId, String ownerId, String eventType,
                          String payload, Instant createdAt) {
        this.id = id;
        this.eventId = eventId;
        this.endpointId = endpointId;
        this.ownerId = ownerId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /**
     * Changes go through methods of the entity itself: EclipseLink's woven change tracking
     * does not see fields assigned from another class, and such an update would be lost.
     */
    void applyState(String newState, int newAttempts, int newRoundStart, Instant newNextAttemptAt,
                    Instant newCompletedAt, Integer newLastStatusCode, String newLastError) {
        this.state = newState;
        this.attempts = newAttempts;
        this.roundStart = newRoundStart;
        this.nextAttemptAt = newNextAttemptAt;
        this.completedAt = newCompletedAt;
        this.lastStatusCode = newLastStatusCode;
        this.lastError = newLastError;
    }

    void releaseLease() {
        this.leaseToken = null;
    }

    String id() {
        return id;
    }

    String eventId() {
        return eventId;
    }

    String endpointId() {
        return endpointId;
    }

    String ownerId() {
        return ownerId;
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    String state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    int roundStart() {
        return roundStart;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String leaseToken() {
        return leaseToken;
    }

    Instant completedAt() {
        return completedAt;
    }

    Integer lastStatusCode() {
        return lastStatusCode;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }
}
