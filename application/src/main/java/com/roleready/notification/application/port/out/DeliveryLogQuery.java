package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import java.util.UUID;

/** Filters of the delivery log: all optional except the owner; page is 0-based. */
public record DeliveryLogQuery(String ownerId, EventType eventType, DeliveryState state, UUID endpointId, int page,
                               int size) {
}
