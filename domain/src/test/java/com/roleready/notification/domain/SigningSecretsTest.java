package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningSecretsTest {

    @Test
    void duringARotationBothSecretsSignAndAfterTheOverlapOnlyTheNewOne() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        WebhookSecret old = WebhookSecret.generate(new SecureRandom());
        WebhookSecret fresh = WebhookSecret.generate(new SecureRandom());

        SigningSecrets rotated = SigningSecrets.of(old).rotateTo(fresh, now, Duration.ofHours(24));

        assertThat(rotated.validAt(now.plus(Duration.ofHours(23)))).containsExactly(fresh, old);
        assertThat(rotated.validAt(now.plus(Duration.ofHours(24)))).containsExactly(fresh);
    }
}
