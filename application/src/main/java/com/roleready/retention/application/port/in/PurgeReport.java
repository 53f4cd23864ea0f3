package com.roleready.retention.application.port.in;

/**
 * What one purge run deleted.
 *
 * @param complete false when a kind reached the per-run cap: more is expired, the next run goes on
 */
public record PurgeReport(long deliveries, long deliveryAttempts, long events, long testResults, boolean complete) {
}
