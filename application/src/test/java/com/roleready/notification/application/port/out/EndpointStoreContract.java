package com.roleready.notification.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every implementation of the endpoint ports must show: run against the in-memory
 * fake here and against the JPA adapter on the embedded database and on MariaDB.
 */
public abstract class EndpointStoreContract {

    protected static final Instant T0 = Instant.parse("2026-12-03T10:15:30.123456Z").truncatedTo(ChronoUnit.MILLIS);

    protected abstract LoadEndpointsPort load();

    protected abstract SaveEndpointPort save();

    protected abstract DeleteEndpointPort delete();

    /** Runs the work the way production does: inside one transaction. */
    protected abstract void inTransaction(Runnable work);

    private WebhookEndpoint newPrimary(String owner) {
        return WebhookEndpoint.registerPrimary(owner, new EndpointUrl("https://hooks.example.com/" + owner), true,
                EventFilter.ofWireNames(List.of("resume.parsed", "tailoring.failed")), T0);
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
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.updatedAt()).isEqualTo(T0);
    }

    @Test
    void savingAgainUpdatesTheSameEndpoint() {
        WebhookEndpoint endpoint = newPrimary("carol-" + System.nanoTime());
        inTransaction(() -> save().save(endpoint));

        endpoint.reconfigure(new EndpointUrl("https://elsewhere.example.com/x"), false, EventFilter.all(),
                T0.plusSeconds(30));
        inTransaction(() -> save().save(endpoint));

        WebhookEndpoint loaded = load().loadPrimary(endpoint.ownerId()).orElseThrow();
        assertThat(loaded.id()).isEqualTo(endpoint.id());
        assertThat(loaded.url().value()).isEqualTo("https://elsewhere.example.com/x");
        assertThat(loaded.isEnabled()).isFalse();
        assertThat(loaded.filter()).isEqualTo(EventFilter.all());
        assertThat(loaded.updatedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aUserSeesOnlyTheirOwnPrimaryEndpoint() {
        String alice = "alice-" + System.nanoTime();
        inTransaction(() -> save().save(newPrimary(alice)));

        assertThat(load().loadPrimary("bob-" + System.nanoTime())).isEmpty();
        assertThat(load().loadPrimary(alice)).isPresent();
    }

    @Test
    void aDeletedEndpointIsGone() {
        WebhookEndpoint endpoint = newPrimary("dave-" + System.nanoTime());
        inTransaction(() -> save().save(endpoint));

        inTransaction(() -> delete().delete(endpoint.id()));

        assertThat(load().loadPrimary(endpoint.ownerId())).isEmpty();
    }
}
