package com.roleready.notification.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One logged HTTP attempt; written once, never changed. Owner and start time feed the stats index. */
@Entity
@Table(name = "webhook_delivery_attempt")
@NamedQuery(name = WebhookDeliveryAttemptEntity.FIND_OF_DELIVERIES, query = "SELECT a FROM WebhookDeliveryAttemptEntity a"
        + " WHERE a.deliveryId IN :deliveryIds ORDER BY a.deliveryId, a.attemptNo")
@NamedQuery(name = WebhookDeliveryAttemptEntity.RECENT_DURATIONS, query = "SELECT a.durationMs"
        + " FROM WebhookDeliveryAttemptEntity a WHERE a.ownerId = :ownerId AND a.startedAt >= :since"
        + " ORDER BY a.startedAt DESC")
class WebhookDeliveryAttemptEntity {

    static final String FIND_OF_DELIVERIES = "WebhookDeliveryAttempt.findOfDeliveries";
    static final String RECENT_DURATIONS = "WebhookDeliveryAttempt.recentDurations";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "delivery_id", nullable = false, length = 36)
    private String deliveryId;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    /** The AttemptOutcome's name. */
    @Column(name = "outcome", nullable = false, length = 32)
    private String outcome;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "error", length = 1024)
    private String error;

    @Column(name = "response_snippet", length = 4096)
    private String responseSnippet;

    @Column(name = "location", length = 2048)
    private String location;

    protected WebhookDeliveryAttemptEntity() {
        // for JPA
    }

    WebhookDeliveryAttemptEntity(String id, String deliveryId, String ownerId, int attemptNo, Instant startedAt,
                                 long durationMs, String outcome, Integer statusCode, String error,
                                 String responseSnippet, String location) {
        this.id = id;
        this.deliveryId = deliveryId;
        this.ownerId = ownerId;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.outcome = outcome;
        this.statusCode = statusCode;
        this.error = error;
        this.responseSnippet = responseSnippet;
        this.location = location;
    }

    String deliveryId() {
        return deliveryId;
    }

    String ownerId() {
        return ownerId;
    }

    int attemptNo() {
        return attemptNo;
    }

    Instant startedAt() {
        return startedAt;
    }

    long durationMs() {
        return durationMs;
    }

    String outcome() {
        return outcome;
    }

    Integer statusCode() {
        return statusCode;
    }

    String error() {
        return error;
    }

    String responseSnippet() {
        return responseSnippet;
    }

    String location() {
        return location;
    }
}
