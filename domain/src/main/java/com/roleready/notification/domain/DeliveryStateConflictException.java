package com.roleready.notification.domain;

/** An action that the delivery's current state does not allow (HTTP 409). */
public class DeliveryStateConflictException extends RuntimeException {

    public DeliveryStateConflictException(String message) {
        super(message);
    }
}
