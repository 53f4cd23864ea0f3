package com.roleready.notification.domain;

import com.roleready.shared.domain.Require;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A receiver registered by a user. The "primary" endpoint is the one the original single-config
 * API ({@code /api/webhooks/config}) reads and writes; a user may have further endpoints.
 */
public final class WebhookEndpoint {

    private final UUID id;
    private final String ownerId;
    private final boolean primary;
    private final Instant createdAt;
    private EndpointUrl url;
    private boolean enabled;
    private EventFilter filter;
    private Instant updatedAt;

    private WebhookEndpoint(UUID id, String ownerId, boolean primary, EndpointUrl url, boolean enabled,
                            EventFilter filter, Instant createdAt, Instant updatedAt) {
        this.id = Require.present(id, "id");
        this.ownerId = Require.notBlank(ownerId, "userId");
        this.primary = primary;
        this.url = Require.present(url, EndpointUrl.FIELD);
        this.enabled = enabled;
        this.filter = Require.present(filter, EventFilter.FIELD);
        this.createdAt = Require.present(createdAt, "createdAt");
        this.updatedAt = Require.present(updatedAt, "updatedAt");
    }

    public static WebhookEndpoint registerPrimary(String ownerId, EndpointUrl url, boolean enabled,
                                                  EventFilter filter, Instant now) {
        return new WebhookEndpoint(UUID.randomUUID(), ownerId, true, url, enabled, filter, now, now);
    }

    /** Rebuilds an endpoint from storage; no rule is re-applied beyond the invariants. */
    public static WebhookEndpoint rehydrate(UUID id, String ownerId, boolean primary, EndpointUrl url,
                                            boolean enabled, EventFilter filter, Instant createdAt,
                                            Instant updatedAt) {
        return new WebhookEndpoint(id, ownerId, primary, url, enabled, filter, createdAt, updatedAt);
    }

    public void reconfigure(EndpointUrl newUrl, boolean nowEnabled, EventFilter newFilter, Instant now) {
        this.url = Require.present(newUrl, EndpointUrl.FIELD);
        this.enabled = nowEnabled;
        this.filter = Require.present(newFilter, EventFilter.FIELD);
        this.updatedAt = now;
    }

    /** Whether a published event of this type should be delivered here. */
    public boolean wants(EventType type) {
        return enabled && filter.accepts(type);
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public UUID id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public boolean isPrimary() {
        return primary;
    }

    public EndpointUrl url() {
        return url;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public EventFilter filter() {
        return filter;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookEndpoint that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
