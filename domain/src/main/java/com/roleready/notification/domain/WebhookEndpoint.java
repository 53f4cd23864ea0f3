package com.roleready.notification.domain;

import com.roleready.shared.domain.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A receiver registered by a user, with its own URL, secret, enabled flag, event filter and retry
 * policy. The "primary" endpoint is the one the original single-config API
 * ({@code /api/webhooks/config}) reads and writes; a user may have further endpoints.
 */
public final class WebhookEndpoint {

    private final UUID id;
    private final String ownerId;
    private final boolean primary;
    private final Instant createdAt;
    private EndpointUrl url;
    private boolean enabled;
    private EventFilter filter;
    private RetryPolicy retryPolicy;
    private SigningSecrets secrets;
    /** Why the service switched the endpoint off by itself (e.g. 410 Gone); null otherwise. */
    private String disabledReason;
    private Instant updatedAt;

    private WebhookEndpoint(UUID id, String ownerId, boolean primary, EndpointUrl url, boolean enabled,
                            EventFilter filter, RetryPolicy retryPolicy, SigningSecrets secrets,
                            String disabledReason, Instant createdAt, Instant updatedAt) {
        this.id = Require.present(id, "id");
        this.ownerId = Require.maxLength(Require.notBlank(ownerId, "userId"), 255, "userId");
        this.primary = primary;
        this.url = Require.present(url, EndpointUrl.FIELD);
        this.enabled = enabled;
        this.filter = Require.present(filter, EventFilter.FIELD);
        this.retryPolicy = Require.present(retryPolicy, RetryPolicy.FIELD);
        this.secrets = Require.present(secrets, "secret");
        this.disabledReason = disabledReason;
        this.createdAt = Require.present(createdAt, "createdAt");
        this.updatedAt = Require.present(updatedAt, "updatedAt");
    }

    public static WebhookEndpoint registerPrimary(String ownerId, EndpointUrl url, boolean enabled, EventFilter filter,
                                                  WebhookSecret secret, Instant now) {
        return new WebhookEndpoint(UUID.randomUUID(), ownerId, true, url, enabled, filter, RetryPolicy.DEFAULT,
                SigningSecrets.of(secret), null, now, now);
    }

    public static WebhookEndpoint register(String ownerId, EndpointUrl url, boolean enabled, EventFilter filter,
                                           RetryPolicy retryPolicy, WebhookSecret secret, Instant now) {
        return new WebhookEndpoint(UUID.randomUUID(), ownerId, false, url, enabled, filter, retryPolicy,
                SigningSecrets.of(secret), null, now, now);
    }

    /** Rebuilds an endpoint from storage; no rule is re-applied beyond the invariants. */
    public static WebhookEndpoint rehydrate(UUID id, String ownerId, boolean primary, EndpointUrl url, boolean enabled,
                                            EventFilter filter, RetryPolicy retryPolicy, SigningSecrets secrets,
                                            String disabledReason, Instant createdAt, Instant updatedAt) {
        return new WebhookEndpoint(id, ownerId, primary, url, enabled, filter, retryPolicy, secrets, disabledReason,
                createdAt, updatedAt);
    }

    public void reconfigure(EndpointUrl newUrl, boolean nowEnabled, EventFilter newFilter, Instant now) {
        this.url = Require.present(newUrl, EndpointUrl.FIELD);
        this.enabled = nowEnabled;
        this.filter = Require.present(newFilter, EventFilter.FIELD);
        if (nowEnabled) {
            this.disabledReason = null;
        }
        this.updatedAt = now;
    }

    public void changeRetryPolicy(RetryPolicy policy, Instant now) {
        this.retryPolicy = Require.present(policy, RetryPolicy.FIELD);
        this.updatedAt = now;
    }

    /** The new secret signs from now on; the old one keeps signing too until the overlap ends. */
    public void rotateSecret(WebhookSecret next, Instant now, Duration overlap) {
        this.secrets = secrets.rotateTo(next, now, overlap);
        this.updatedAt = now;
    }

    /** The receiver answered 410 Gone: it asked us to stop. */
    public void disableBecauseGone(Instant now) {
        this.enabled = false;
        this.disabledReason = "the receiver answered 410 Gone";
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

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public SigningSecrets secrets() {
        return secrets;
    }

    public String disabledReason() {
        return disabledReason;
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
