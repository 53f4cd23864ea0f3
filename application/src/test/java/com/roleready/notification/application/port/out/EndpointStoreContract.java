package com.roleready.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every implementation of the endpoint ports must show: run against the in-memory
 * fake here and against the JPA adapter on the embedded database and on MariaDB.
 */
public abstract class EndpointStoreContract {

    protected static final Instant T0 = Instant.parse("2026-12-03T10:15:30.123456Z").truncatedTo(ChronoUnit.MILLIS);
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract LoadEndpointsPort load();

    protected abstract SaveEndpointPort save();

    protected abstract DeleteEndpointPort delete();

    /** Runs the work the way production does: inside one transaction. */
    protected abstract void inTransaction(Runnable work);

    protected static WebhookEndpoint newPrimary(String owner) {
        return WebhookEndpoint.registerPrimary(owner, new EndpointUrl("https://hooks.example.com/" + owner), true,
                EventFilter.ofWireNames(List.of("resume.parsed", "tailoring.failed")), WebhookSecret.generate(RANDOM), T0);
    }

    protected static WebhookEndpoint newSecondary(String owner, Instant createdAt) {
        return WebhookEndpoint.register(owner, new EndpointUrl("https://other.example.com/" + owner), true,
                EventFilter.all(), RetryPolicy.ofSeconds(List.of(2L, 30L)), WebhookSecret.generate(RANDOM), createdAt);
    }

    @Test
    void aSavedPrimaryEndpointIsLoadedBackWithEveryField() {
        WebhookEndpoint endpoint = newPrimary("alice-" + System.nanoTime());
        inTransaction(() -> save().save(endpoint));

        WebhookEndpoint loaded = load().loadPrimary(endpoint.ownerId()).orElseThrow();

        assertThat(loaded.id()).isEqualTo(endpoint.id());
        assertThat(loaded.ownerId()).isEqualTo(endpoint.ownerId());
        assertThat(loaded.isPrimary()).isTrue();
        assertThat(loaded.url()).isEqualTo(endpoint.url());
        assertThat(loaded.isEnabled()).isTrue();
        assertThat(loaded.filter()).isEqualTo(endpoint.filter());
        assertThat(loaded.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(loaded.secrets()).isEqualTo(endpoint.secrets());
        assertThat(loaded.disabledReason()).isNull();
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.updatedAt()).isEqualTo(T0);
    }

    @Test
    void savingAgainUpdatesTheSameEndpointIncludingARotatedSecretAndTheDisabledReason() {
        WebhookEndpoint endpoint = newPrimary("carol-" + System.nanoTime());
        inTransaction(() -> save().save(endpoint));

        endpoint.reconfigure(new EndpointUrl("https://elsewhere.example.com/x"), true, EventFilter.all(),
                T0.plusSeconds(30));
        endpoint.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(30), Duration.ofHours(24));
        endpoint.disableBecauseGone(T0.plusSeconds(40));
        inTransaction(() -> save().save(endpoint));

        WebhookEndpoint loaded = load().loadById(endpoint.id()).orElseThrow();
        assertThat(loaded.url().value()).isEqualTo("https://elsewhere.example.com/x");
        assertThat(loaded.isEnabled()).isFalse();
        assertThat(loaded.disabledReason()).contains("410");
        assertThat(loaded.filter()).isEqualTo(EventFilter.all());
        assertThat(loaded.secrets()).isEqualTo(endpoint.secrets());
        assertThat(loaded.secrets().previousValidUntil()).isEqualTo(T0.plusSeconds(30).plus(Duration.ofHours(24)));
        assertThat(loaded.updatedAt()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void endpointsLoadByIdsInOneCallLeavingOutThoseThatDoNotExist() {
        WebhookEndpoint one = newSecondary("dora-" + System.nanoTime(), T0);
        WebhookEndpoint two = newSecondary("eve-" + System.nanoTime(), T0);
        inTransaction(() -> {
            save().save(one);
            save().save(two);
        });
        java.util.UUID missing = java.util.UUID.randomUUID();

        Map<java.util.UUID, WebhookEndpoint> found = load().loadByIds(List.of(one.id(), two.id(), missing));

        assertThat(found).containsOnlyKeys(one.id(), two.id());
        assertThat(found.get(two.id()).ownerId()).isEqualTo(two.ownerId());
        assertThat(load().loadByIds(List.of())).isEmpty();
    }

    @Test
    void endpointsOfSeveralOwnersLoadInOneCallGroupedByOwnerOldestFirst() {
        String alice = "alice-" + System.nanoTime();
        String bob = "bob-" + System.nanoTime();
        WebhookEndpoint alicesFirst = newPrimary(alice);
        WebhookEndpoint alicesSecond = newSecondary(alice, T0.plusSeconds(5));
        WebhookEndpoint bobs = newSecondary(bob, T0);
        inTransaction(() -> {
            save().save(alicesSecond);
            save().save(bobs);
            save().save(alicesFirst);
            save().save(newSecondary("carol-" + System.nanoTime(), T0));
        });

        Map<String, List<WebhookEndpoint>> byOwner = load().loadAllOf(
                List.of(alice, bob, alice.toUpperCase(java.util.Locale.ROOT), "nobody-" + System.nanoTime()));

        assertThat(byOwner).containsOnlyKeys(alice, bob);
        assertThat(byOwner.get(alice)).extracting(WebhookEndpoint::id).containsExactly(alicesFirst.id(), alicesSecond.id());
        assertThat(byOwner.get(bob)).extracting(WebhookEndpoint::id).containsExactly(bobs.id());
        assertThat(load().loadAllOf(List.of())).isEmpty();
    }

    @Test
    void aUserSeesOnlyTheirOwnEndpointsOldestFirst() {
        String alice = "alice-" + System.nanoTime();
        WebhookEndpoint primary = newPrimary(alice);
        WebhookEndpoint second = newSecondary(alice, T0.plusSeconds(5));
        inTransaction(() -> {
            save().save(second);
            save().save(primary);
            save().save(newSecondary("bob-" + System.nanoTime(), T0));
        });

        assertThat(load().loadAllOf(alice)).extracting(WebhookEndpoint::id).containsExactly(primary.id(), second.id());
        assertThat(load().loadAllOf(alice).get(1).retryPolicy().seconds()).containsExactly(2L, 30L);
        assertThat(load().loadPrimary("bob-" + System.nanoTime())).isEmpty();
        assertThat(load().loadPrimary(alice)).isPresent();
    }

    @Test
    void aDeletedEndpointIsGone() {
        WebhookEndpoint endpoint = newPrimary("dave-" + System.nanoTime());
        inTransaction(() -> save().save(endpoint));

        inTransaction(() -> delete().delete(endpoint.id()));

        assertThat(load().loadPrimary(endpoint.ownerId())).isEmpty();
        assertThat(load().loadById(endpoint.id())).isEmpty();
    }
}
