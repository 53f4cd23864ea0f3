package com.roleready.notification.domain;

import com.roleready.shared.domain.ConflictException;

/** An action that the delivery's current state does not allow (HTTP 409). */
public class DeliveryStateConflictException extends ConflictException {

    public DeliveryStateConflictException(String message) {
        super(message);
    }
}
