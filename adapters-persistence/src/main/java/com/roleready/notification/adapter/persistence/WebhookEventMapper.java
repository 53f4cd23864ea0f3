package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.domain.WebhookEvent;
import java.util.UUID;

/** Maps a published event to its row, and the row to the receipt a repeated publish answers with. */
final class WebhookEventMapper {

    private WebhookEventMapper() {
    }

    static WebhookEventEntity toEntity(WebhookEvent event, int deliveryCount) {
        return new WebhookEventEntity(event.id().toString(), event.ownerId(), event.type().wireName(), event.dataJson(),
                event.idempotencyKey(), deliveryCount, event.occurredAt());
    }

    /** The receipt of the first publish, seen again (hence a duplicate), from {id, ownerId, key, deliveryCount}. */
    static PublishReceipt toReceipt(Object[] receiptColumns) {
        return new PublishReceipt(UUID.fromString((String) receiptColumns[0]), ((Number) receiptColumns[3]).intValue(),
                true);
    }
}
