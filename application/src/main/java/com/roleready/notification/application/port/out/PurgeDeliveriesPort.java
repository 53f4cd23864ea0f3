package com.roleready.notification.application.port.out;

import java.time.Instant;

/**
 * Deletes old delivery logs for the retention purge, one bounded batch per call in the caller's
 * transaction. Rows another server is deleting at the same time are skipped, not waited for.
 * Pending deliveries are never deleted, however old.
 */
public interface PurgeDeliveriesPort {

    /**
     * Deletes at most {@code limit} deliveries in a final state (delivered, failed, cancelled)
     * whose last change (completion) is before {@code cutoff}, together with their attempts.
     */
    PurgedDeliveries deleteFinishedBefore(Instant cutoff, int limit);

    /**
     * Deletes at most {@code limit} events published before {@code cutoff} that no delivery refers
     * to any more. An event holds its idempotency key: once it is gone, the key may publish again.
     *
     * @return how many events were deleted
     */
    int deleteEventsWithoutDeliveriesBefore(Instant cutoff, int limit);

    /** What one batch deleted: the deliveries (at most the limit) and their attempt rows. */
    record PurgedDeliveries(int deliveries, int attempts) {

        public static final PurgedDeliveries NONE = new PurgedDeliveries(0, 0);
    }
}
