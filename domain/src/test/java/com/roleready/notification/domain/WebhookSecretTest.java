package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void aGeneratedSecretHas32RandomBytesInTheWhsecForm() {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());

        assertThat(secret.reveal()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(WebhookSecret.parse(secret.reveal())).isEqualTo(secret);
        assertThat(WebhookSecret.generate(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void toStringNeverShowsTheSecret() {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());

        assertThat(secret.toString()).isEqualTo("whsec_****").doesNotContain(secret.reveal().substring(6));
    }

    @Test
    void rejectsSecretsWithoutPrefixNotBase64OrOfTheWrongSize() {
        assertThatThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_not base64!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_AAAA")).hasMessageContaining("24 to 64");
    }
}
