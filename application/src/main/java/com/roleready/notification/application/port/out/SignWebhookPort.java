package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookSecret;
import java.util.List;

/** Signs the exact bytes one attempt sends: the value of its {@code webhook-signature} header. */
public interface SignWebhookPort {

    /** One Standard Webhooks v1 signature per secret, space-separated, in the order given (current first). */
    String sign(String webhookId, long timestampSeconds, byte[] body, List<WebhookSecret> secrets);
}
