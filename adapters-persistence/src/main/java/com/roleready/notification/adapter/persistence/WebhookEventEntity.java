package com.roleready.notification.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published event; written once, never changed. */
@Entity
@Table(name = "webhook_event")
// The receipt's columns only (never the data): candidates for exact matching in memory, because JPQL has no
// tuple IN. The unique index (owner_id, idempotency_key) serves the look-up.
@NamedQuery(name = WebhookEventEntity.FIND_RECEIPTS_BY_IDEMPOTENCY_KEYS, query = "SELECT e.id, e.ownerId,"
        + " e.idempotencyKey, e.deliveryCount FROM WebhookEventEntity e"
        + " WHERE e.ownerId IN :ownerIds AND e.idempotencyKey IN :keys")
class WebhookEventEntity {

    static final String FIND_RECEIPTS_BY_IDEMPOTENCY_KEYS = "WebhookEvent.findReceiptsByIdempotencyKeys";
    /** The unique index that makes a repeated idempotency key fail to insert. */
    static final String IDEMPOTENCY_INDEX = "ux_webhook_event_idempotency";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    /** The event type's wire name, e.g. "resume.parsed". */
    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Lob
    @Column(name = "data", nullable = false)
    private String data;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Column(name = "delivery_count", nullable = false)
    private int deliveryCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookEventEntity() {
        // for JPA
    }

    WebhookEventEntity(String id, String ownerId, String eventType, String data, String idempotencyKey,
                       int deliveryCount, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.eventType = eventType;
        this.data = data;
        this.idempotencyKey = idempotencyKey;
        this.deliveryCount = deliveryCount;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    int deliveryCount() {
        return deliveryCount;
    }
}
