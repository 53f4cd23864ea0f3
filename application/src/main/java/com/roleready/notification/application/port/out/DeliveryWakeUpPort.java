package com.roleready.notification.application.port.out;

/** Tells the dispatcher that deliveries were just committed, so it need not wait for its next poll. */
public interface DeliveryWakeUpPort {

    void wakeUp();
}
