package com.roleready.notification.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = WebhookEndpointEntity.FIND_PRIMARY,
        query = "SELECT e FROM WebhookEndpointEntity e WHERE e.primaryOwnerId = :ownerId")
class WebhookEndpointEntity {

    static final String FIND_PRIMARY = "WebhookEndpoint.findPrimary";

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    @Column(name = "is_primary", nullable = false)
    boolean primary;

    /** Equals ownerId for the primary endpoint, else null; backs the one-primary-per-user unique index. */
    @Column(name = "primary_owner_id")
    String primaryOwnerId;

    @Column(name = "url", nullable = false, length = 2048)
    String url;

    @Column(name = "enabled", nullable = false)
    boolean enabled;

    /** Comma-separated wire names of the subscribed event types. */
    @Column(name = "enabled_events", nullable = false, length = 1024)
    String enabledEvents;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected WebhookEndpointEntity() {
        // for JPA
    }
}
