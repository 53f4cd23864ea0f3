package com.roleready.notification.adapter.delivery;

import com.roleready.notification.application.port.out.SignWebhookPort;
import com.roleready.notification.domain.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1 signatures with the JDK's HMAC-SHA256: {@code v1,} + base64(HMAC-SHA256(key, id.timestamp.body)),
 * one per valid secret, space-separated. Signs the exact bytes that go on the wire.
 */
@ApplicationScoped
public class HmacWebhookSigner implements SignWebhookPort {

    private static final String ALGORITHM = "HmacSHA256";

    @Override
    public String sign(String webhookId, long timestampSeconds, byte[] body, List<WebhookSecret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed to sign");
        }
        return secrets.stream().map(secret -> signOne(webhookId, timestampSeconds, body, secret))
                .collect(Collectors.joining(" "));
    }

    private static String signOne(String webhookId, long timestampSeconds, byte[] body, WebhookSecret secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update((webhookId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required by every Java platform", e);
        }
    }
}
