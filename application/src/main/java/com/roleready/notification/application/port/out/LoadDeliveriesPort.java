package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LoadDeliveriesPort {

    Optional<Delivery> loadById(UUID deliveryId);

    /**
     * {@link #loadById}, and the row stays locked until the caller's transaction ends: a second caller waits, then
     * reads what the first one wrote (a redelivery checks and changes the state without a lost update).
     */
    Optional<Delivery> loadForUpdate(UUID deliveryId);

    /** A page of the owner's deliveries, newest first, with their attempts. */
    DeliveryLogPage loadLog(DeliveryLogQuery query);

    List<DeliveryAttempt> loadAttempts(UUID deliveryId);
}
