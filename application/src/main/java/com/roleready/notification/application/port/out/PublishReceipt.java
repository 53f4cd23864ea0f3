package com.roleready.notification.application.port.out;

import java.util.UUID;

/** What a publish answered: the event id and how many deliveries it created. */
public record PublishReceipt(UUID eventId, int deliveries, boolean duplicate) {
}
