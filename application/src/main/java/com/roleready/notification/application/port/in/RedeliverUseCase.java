package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.Delivery;
import java.util.UUID;

public interface RedeliverUseCase {

    /** Schedules a failed delivery of the caller's again, same webhook-id; 409 if it is not failed. */
    Delivery redeliver(String userId, UUID deliveryId);
}
