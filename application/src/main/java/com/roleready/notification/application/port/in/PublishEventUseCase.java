package com.roleready.notification.application.port.in;

import com.roleready.notification.application.port.out.PublishReceipt;

public interface PublishEventUseCase {

    /**
     * Stores the event and one delivery per enabled, subscribed endpoint of the user in one
     * transaction (the outbox), then wakes the dispatcher. A repeated idempotency key returns the
     * first receipt and creates nothing.
     */
    PublishReceipt publish(PublishEventCommand command);
}
