package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LoadDeliveriesPort {

    Optional<Delivery> loadById(UUID deliveryId);

    /** A page of the owner's deliveries, newest first, with their attempts. */
    DeliveryLogPage loadLog(DeliveryLogQuery query);

    List<DeliveryAttempt> loadAttempts(UUID deliveryId);
}
