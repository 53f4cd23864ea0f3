package com.roleready.notification.application.port.out;

import java.util.Optional;

public interface FindPublishedEventPort {

    /** The receipt of an earlier publish for the same user with the same idempotency key. */
    Optional<PublishReceipt> findByIdempotencyKey(String ownerId, String idempotencyKey);
}
