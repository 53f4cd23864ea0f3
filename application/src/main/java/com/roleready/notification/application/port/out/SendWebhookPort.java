package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.AttemptResult;

/**
 * Makes one delivery attempt over HTTP. Never throws for a receiver's or network's failure:
 * every outcome, including timeouts and refused addresses, is an {@link AttemptResult}.
 */
public interface SendWebhookPort {

    AttemptResult send(WebhookRequest request);
}
