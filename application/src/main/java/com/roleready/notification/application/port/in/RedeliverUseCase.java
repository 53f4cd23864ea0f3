package com.roleready.notification.application.port.in;

import com.roleready.notification.application.port.out.DeliveryLogPage;
import java.util.UUID;

public interface RedeliverUseCase {

    /**
     * Schedules a failed delivery of the caller's again, same webhook-id; 409 if it is not failed (also for all but
     * one of several concurrent calls). Answers the delivery as scheduled, with its attempts so far.
     */
    DeliveryLogPage.Entry redeliver(String userId, UUID deliveryId);
}
