package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookEndpointMapperTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretCipher cipher = new SecretCipher(Optional.of(SecretCipherTest.randomKey()));
    private final WebhookEndpoint endpoint = WebhookEndpoint.registerPrimary("alice",
            new EndpointUrl("https://hooks.example.com/a"), false,
            EventFilter.ofWireNames(List.of("ats.check_failed", "resume.parsed")), WebhookSecret.generate(RANDOM), T0);

    @Test
    void aPrimaryEndpointRowCarriesItsOwnerInTheUniquePrimaryColumn() {
        WebhookEndpointEntity entity = WebhookEndpointMapper.toNewEntity(endpoint, cipher);

        assertThat(entity.primaryOwnerId()).isEqualTo("alice");
        assertThat(entity.enabledEvents()).isEqualTo("resume.parsed,ats.check_failed");
        assertThat(entity.retryDelaysSeconds()).isEqualTo("1,5,15");
    }

    @Test
    void theRowHoldsTheSecretsOnlyEncrypted() {
        endpoint.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(1), Duration.ofHours(1));

        WebhookEndpointEntity entity = WebhookEndpointMapper.toNewEntity(endpoint, cipher);

        assertThat(entity.secretCurrent()).doesNotContain(WebhookSecret.PREFIX);
        assertThat(entity.secretPrevious()).doesNotContain(WebhookSecret.PREFIX);
        assertThat(cipher.decrypt(entity.secretCurrent())).isEqualTo(endpoint.secrets().current().reveal());
        assertThat(cipher.decrypt(entity.secretPrevious())).isEqualTo(endpoint.secrets().previous().reveal());
        assertThat(entity.secretPreviousValidUntil()).isEqualTo(T0.plusSeconds(1).plus(Duration.ofHours(1)));
    }

    @Test
    void roundTripsEveryField() {
        endpoint.changeRetryPolicy(RetryPolicy.ofSeconds(List.of(2L, 60L, 3600L)), T0.plusSeconds(1));
        endpoint.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(2), Duration.ofHours(24));
        endpoint.disableBecauseGone(T0.plusSeconds(3));

        WebhookEndpoint back = WebhookEndpointMapper.toDomain(WebhookEndpointMapper.toNewEntity(endpoint, cipher), cipher);

        assertThat(back).usingRecursiveComparison().isEqualTo(endpoint);
    }

    @Test
    void aPolicyWithoutRetriesRoundTripsAsAnEmptyColumn() {
        RetryPolicy none = RetryPolicy.ofSeconds(List.of());

        assertThat(WebhookEndpointMapper.toColumn(none)).isEmpty();
        assertThat(WebhookEndpointMapper.toRetryPolicy("")).isEqualTo(none);
    }
}
