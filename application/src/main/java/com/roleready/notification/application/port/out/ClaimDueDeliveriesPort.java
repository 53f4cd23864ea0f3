package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.DeliveryAttempt;
import java.time.Instant;
import java.util.List;

/**
 * Claims due deliveries for this server so that no other server attempts them at the same time.
 * A claim is a lease: the delivery's next-attempt time moves to {@code leaseUntil}, so if this
 * server dies the delivery becomes due again then, with the same webhook-id.
 */
public interface ClaimDueDeliveriesPort {

    List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /**
     * Stores the claimed delivery's new state and the attempt (null when there was none, e.g. the
     * delivery was cancelled because its endpoint is gone) only if the lease is still this
     * claimant's; false when the lease expired and another server re-claimed it (its outcome wins).
     */
    default boolean recordAttempt(ClaimedDelivery claim, DeliveryAttempt attempt) {
        return recordAttempts(List.of(new AttemptRecord(claim, attempt))).get(0);
    }

    /**
     * {@link #recordAttempt} for several deliveries in the caller's one transaction (group commit), in as few
     * round trips as the store allows; answers, in order, whether each lease still held and so was recorded.
     */
    List<Boolean> recordAttempts(List<AttemptRecord> records);

    /** A claimed delivery's new state (in the delivery) and the attempt that led to it (null for none). */
    record AttemptRecord(ClaimedDelivery claim, DeliveryAttempt attempt) {
    }
}
