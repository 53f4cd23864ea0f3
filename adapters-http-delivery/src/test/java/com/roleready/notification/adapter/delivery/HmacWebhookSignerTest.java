package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class HmacWebhookSignerTest {

    private final HmacWebhookSigner signer = new HmacWebhookSigner();

    /** The test vector published with the Standard Webhooks specification and its reference libraries. */
    @Test
    void reproducesTheStandardWebhooksPublishedTestVector() {
        WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        String signature = signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8), List.of(secret));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEverySecretSpaceSeparatedCurrentFirst() {
        WebhookSecret current = WebhookSecret.generate(new SecureRandom());
        WebhookSecret previous = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

        String signature = signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body,
                List.of(current, previous));

        String[] parts = signature.split(" ");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).startsWith("v1,").isNotEqualTo(parts[1]);
        assertThat(parts[1]).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aChangedBodyTimestampOrIdChangesTheSignature() {
        WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        String base = signer.sign("msg_1", 100L, body, List.of(secret));

        assertThat(signer.sign("msg_2", 100L, body, List.of(secret))).isNotEqualTo(base);
        assertThat(signer.sign("msg_1", 101L, body, List.of(secret))).isNotEqualTo(base);
        assertThat(signer.sign("msg_1", 100L, "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8),
                List.of(secret))).isNotEqualTo(base);
    }
}
