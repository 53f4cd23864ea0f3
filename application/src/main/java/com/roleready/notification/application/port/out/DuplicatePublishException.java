package com.roleready.notification.application.port.out;

import com.roleready.shared.domain.ConflictException;

/**
 * A concurrent publish stored an event with the same idempotency key first (the unique index refused
 * this one). The publish is rolled back and answered from the first one's receipt.
 */
public class DuplicatePublishException extends ConflictException {

    public DuplicatePublishException() {
        super("a concurrent publish with the same idempotency key was stored first; send the request again");
    }
}
