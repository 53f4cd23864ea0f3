package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import java.time.Instant;
import java.util.UUID;

public interface SaveDeliveryPort {

    void saveNew(Delivery delivery);

    /** Stores the delivery's new state and, when given, the attempt just made (a redelivery has none). */
    void update(Delivery delivery, DeliveryAttempt attempt);

    /** Cancels every pending delivery to the endpoint (deleted or disabled); returns how many. */
    int cancelPendingFor(UUID endpointId, Instant now);
}
