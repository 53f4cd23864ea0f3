package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;

/** A platform service reports that something happened to a user's operation. */
public record PublishEventCommand(EventType type, String userId, String dataJson, String idempotencyKey) {

    public PublishEventCommand {
        Require.present(type, "type");
        if (!type.isSubscribable()) {
            throw new DomainValidationException("type", "webhook.test is sent by the test action, not published");
        }
        WebhookEvent.checkPublishable(userId, idempotencyKey, dataJson);
    }

    public static PublishEventCommand of(String type, String userId, String dataJson, String idempotencyKey) {
        Require.notBlank(type, "type");
        return new PublishEventCommand(EventType.fromWireName(type, "type"), userId, dataJson, idempotencyKey);
    }
}
