package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final WebhookEndpoint endpoint = WebhookEndpoint.registerPrimary("alice",
            new EndpointUrl("https://hooks.example.com/a"), true,
            EventFilter.ofWireNames(List.of("resume.parsed")), WebhookSecret.generate(new SecureRandom()), T0);

    @Test
    void aNewPrimaryEndpointBelongsToItsOwnerAndIsPrimary() {
        assertThat(endpoint.isOwnedBy("alice")).isTrue();
        assertThat(endpoint.isOwnedBy("bob")).isFalse();
        assertThat(endpoint.isPrimary()).isTrue();
        assertThat(endpoint.createdAt()).isEqualTo(T0).isEqualTo(endpoint.updatedAt());
    }

    @Test
    void wantsOnlySubscribedEventsWhileEnabled() {
        assertThat(endpoint.wants(EventType.RESUME_PARSED)).isTrue();
        assertThat(endpoint.wants(EventType.ATS_CHECK_FAILED)).isFalse();

        endpoint.reconfigure(endpoint.url(), false, endpoint.filter(), T0.plusSeconds(5));

        assertThat(endpoint.wants(EventType.RESUME_PARSED)).isFalse();
    }

    @Test
    void reconfiguringChangesUrlFilterAndUpdateTimeButNotIdentity() {
        Instant later = T0.plusSeconds(60);
        endpoint.reconfigure(new EndpointUrl("https://other.example.com/b"), true, EventFilter.all(), later);

        assertThat(endpoint.url().value()).isEqualTo("https://other.example.com/b");
        assertThat(endpoint.filter()).isEqualTo(EventFilter.all());
        assertThat(endpoint.updatedAt()).isEqualTo(later);
        assertThat(endpoint.createdAt()).isEqualTo(T0);
    }

    @Test
    void anEndpointNeedsAnOwner() {
        assertThatThrownBy(() -> WebhookEndpoint.registerPrimary(" ", endpoint.url(), true, EventFilter.all(),
                WebhookSecret.generate(new SecureRandom()), T0)).hasMessageContaining("userId");
    }

    @Test
    void aNewEndpointRetriesWithTheDefaultPolicyAndSignsWithItsSecret() {
        assertThat(endpoint.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(endpoint.secrets().validAt(T0)).hasSize(1);
    }

    @Test
    void a410DisablesTheEndpointUntilItsOwnerEnablesItAgain() {
        endpoint.disableBecauseGone(T0.plusSeconds(1));

        assertThat(endpoint.isEnabled()).isFalse();
        assertThat(endpoint.disabledReason()).contains("410");
        assertThat(endpoint.wants(EventType.RESUME_PARSED)).isFalse();

        endpoint.reconfigure(endpoint.url(), true, endpoint.filter(), T0.plusSeconds(2));
        assertThat(endpoint.disabledReason()).isNull();
        assertThat(endpoint.wants(EventType.RESUME_PARSED)).isTrue();
    }

    @Test
    void rotatingTheSecretKeepsTheOldOneValidForTheOverlap() {
        WebhookSecret before = endpoint.secrets().current();
        WebhookSecret next = WebhookSecret.generate(new SecureRandom());

        endpoint.rotateSecret(next, T0, Duration.ofHours(24));

        assertThat(endpoint.secrets().validAt(T0.plusSeconds(60))).containsExactly(next, before);
        assertThat(endpoint.secrets().validAt(T0.plus(Duration.ofDays(2)))).containsExactly(next);
    }
}
