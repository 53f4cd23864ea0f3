package com.roleready.notification.application.service;

import com.roleready.notification.application.port.out.SignWebhookPort;
import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.Map;

/** Builds the signed Standard Webhooks request of one attempt: same id every time, fresh timestamp and signature. */
final class WebhookRequestFactory {

    static final String USER_AGENT = "RoleReady-Signals/1.0 (+https://www.standardwebhooks.com)";

    private final SignWebhookPort signer;

    WebhookRequestFactory(SignWebhookPort signer) {
        this.signer = signer;
    }

    WebhookRequest signed(Delivery delivery, WebhookEndpoint endpoint, Instant now) {
        byte[] body = delivery.payloadBytes();
        long timestamp = now.getEpochSecond();
        String signature = signer.sign(delivery.webhookId(), timestamp, body, endpoint.secrets().validAt(now));
        return new WebhookRequest(endpoint.url().toUri(), body, Map.of(
                "content-type", "application/json",
                "user-agent", USER_AGENT,
                "webhook-id", delivery.webhookId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature));
    }
}
