package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEvent;

public interface SaveEventPort {

    /** Stores the event with how many deliveries it fanned out to (the publish receipt). */
    void save(WebhookEvent event, int deliveryCount);
}
