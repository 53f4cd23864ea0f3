package com.roleready.experimentation.application.port.out;

import java.time.Instant;

/**
 * Deletes old test result rows for the retention purge. The running aggregates are not touched:
 * results, winner and the bandit read only those (ADR 0009), so every figure stays complete.
 */
public interface PurgeTestResultsPort {

    /**
     * Deletes at most {@code limit} results recorded before {@code cutoff}, in the caller's
     * transaction; rows another server is deleting at the same time are skipped, not waited for.
     *
     * @return how many rows were deleted (fewer than {@code limit} when none or few are left)
     */
    int deleteRecordedBefore(Instant cutoff, int limit);
}
