package com.roleready.notification.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface FindPublishedEventPort {

    /** The receipts of earlier publishes with these keys (one query for a whole batch); absent keys are new. */
    Map<IdempotencyKey, PublishReceipt> findByIdempotencyKeys(Collection<IdempotencyKey> keys);

    /** The receipt of an earlier publish for the same user with the same idempotency key. */
    default Optional<PublishReceipt> findByIdempotencyKey(String ownerId, String idempotencyKey) {
        IdempotencyKey key = new IdempotencyKey(ownerId, idempotencyKey);
        return Optional.ofNullable(findByIdempotencyKeys(List.of(key)).get(key));
    }
}
