package com.roleready.retention.application.service;

import java.time.Duration;

/**
 * How long records are kept and how the purge deletes them.
 *
 * @param deliveryRetention   final deliveries (with their attempts) are kept this long after their last change;
 *                            events as long as a delivery refers to them, and at least this long after publishing
 *                            (so an idempotency key returns the first receipt for at least this long)
 * @param testResultRetention test result rows are kept this long after recording (aggregates forever)
 * @param batchSize           rows deleted per transaction
 * @param maxRowsPerRun       rows of each kind deleted per run at most; the next run goes on
 */
public record RetentionPolicy(Duration deliveryRetention, Duration testResultRetention, int batchSize,
                              int maxRowsPerRun) {

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(90), 1_000, 1_000_000);
    }

    public RetentionPolicy {
        if (deliveryRetention.isNegative() || deliveryRetention.isZero()
                || testResultRetention.isNegative() || testResultRetention.isZero()) {
            throw new IllegalArgumentException("retention windows must be positive");
        }
        if (batchSize < 1 || maxRowsPerRun < batchSize) {
            throw new IllegalArgumentException("need 1 <= batchSize <= maxRowsPerRun");
        }
    }
}
