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
@NamedQuery(name = WebhookEndpointEntity.FIND_ALL_OF_OWNER,
        query = "SELECT e FROM WebhookEndpointEntity e WHERE e.ownerId = :ownerId ORDER BY e.createdAt, e.id")
@NamedQuery(name = WebhookEndpointEntity.FIND_BY_IDS, query = "SELECT e FROM WebhookEndpointEntity e WHERE e.id IN :ids")
@NamedQuery(name = WebhookEndpointEntity.FIND_ALL_OF_OWNERS,
        query = "SELECT e FROM WebhookEndpointEntity e WHERE e.ownerId IN :ownerIds ORDER BY e.createdAt, e.id")
class WebhookEndpointEntity {

    static final String FIND_PRIMARY = "WebhookEndpoint.findPrimary";
    static final String FIND_ALL_OF_OWNER = "WebhookEndpoint.findAllOfOwner";
    static final String FIND_ALL_OF_OWNERS = "WebhookEndpoint.findAllOfOwners";
    static final String FIND_BY_IDS = "WebhookEndpoint.findByIds";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    /** Equals ownerId for the primary endpoint, else null; backs the one-primary-per-user unique index. */
    @Column(name = "primary_owner_id")
    private String primaryOwnerId;

    @Column(name = "url", nullable = false, length = 2048)
    private String url;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    /** Comma-separated wire names of the subscribed event types. */
    @Column(name = "enabled_events", nullable = false, length = 1024)
    private String enabledEvents;

    /** Comma-separated retry delays in seconds ("" for no retries). */
    @Column(name = "retry_delays_seconds", nullable = false)
    private String retryDelaysSeconds;

    /** The signing secret, encrypted by {@link SecretCipher}; null only in rows written before schema V2. */
    @Column(name = "secret_current", length = 512)
    private String secretCurrent;

    /** The previous secret during a rotation's overlap window, encrypted; null otherwise. */
    @Column(name = "secret_previous", length = 512)
    private String secretPrevious;

    @Column(name = "secret_previous_valid_until")
    private Instant secretPreviousValidUntil;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookEndpointEntity() {
        // for JPA
    }

    WebhookEndpointEntity(String id, String ownerId, boolean primary, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.primary = primary;
        this.primaryOwnerId = primary ? ownerId : null;
        this.createdAt = createdAt;
    }

    /**
     * Changes go through a method of the entity itself: EclipseLink's woven change tracking
     * does not see fields assigned from another class, and such an update would be lost.
     */
    void applyState(String newUrl, boolean nowEnabled, String newEnabledEvents, String newRetryDelaysSeconds,
                    String newDisabledReason, Instant newUpdatedAt) {
        this.url = newUrl;
        this.enabled = nowEnabled;
        this.enabledEvents = newEnabledEvents;
        this.retryDelaysSeconds = newRetryDelaysSeconds;
        this.disabledReason = newDisabledReason;
        this.updatedAt = newUpdatedAt;
    }

    /** Takes already encrypted values; see {@link SecretCipher}. */
    void applySecrets(String encryptedCurrent, String encryptedPrevious, Instant previousValidUntil) {
        this.secretCurrent = encryptedCurrent;
        this.secretPrevious = encryptedPrevious;
        this.secretPreviousValidUntil = previousValidUntil;
    }

    /** A row written before schema V2 has no signing secret yet. */
    boolean lacksSecret() {
        return secretCurrent == null;
    }

    String id() {
        return id;
    }

    String ownerId() {
        return ownerId;
    }

    boolean primary() {
        return primary;
    }

    String primaryOwnerId() {
        return primaryOwnerId;
    }

    String url() {
        return url;
    }

    boolean enabled() {
        return enabled;
    }

    String enabledEvents() {
        return enabledEvents;
    }

    String retryDelaysSeconds() {
        return retryDelaysSeconds;
    }

    String secretCurrent() {
        return secretCurrent;
    }

    String secretPrevious() {
        return secretPrevious;
    }

    Instant secretPreviousValidUntil() {
        return secretPreviousValidUntil;
    }

    String disabledReason() {
        return disabledReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
