package com.roleready.notification.application.port.out;

import java.net.URI;
import java.util.Map;

/**
 * One signed HTTP POST, ready for the wire: the exact body bytes and every header to send
 * (content-type, webhook-id, webhook-timestamp, webhook-signature, user-agent).
 */
public record WebhookRequest(URI url, byte[] body, Map<String, String> headers) {

    public WebhookRequest {
        if (url == null || body == null || headers == null) {
            throw new IllegalArgumentException("url, body and headers are required");
        }
        headers = Map.copyOf(headers);
    }
}
