package com.roleready.notification.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A user's delivery statistics over a window. Rates and averages are null, never NaN, when there
 * is nothing to divide by.
 *
 * @param successRate     delivered / (delivered + failed): finished deliveries only
 * @param averageAttempts attempts per delivery
 * @param latencyP50Ms    median duration of the recent attempts (nearest rank)
 */
public record DeliveryStats(long deliveries, long delivered, long failed, long pending, long cancelled,
                            Double successRate, Double averageAttempts, Long latencyP50Ms, Long latencyP95Ms,
                            long latencySamples, List<EventBreakdown> byEvent) {

    public record EventBreakdown(String eventType, long deliveries, long delivered, long failed, long pending,
                                 long cancelled, long attempts) {

        public Double successRate() {
            return ratio(delivered, delivered + failed);
        }

        public Double averageAttempts() {
            return ratio(attempts, deliveries);
        }
    }

    public static DeliveryStats of(List<EventBreakdown> byEvent, List<Long> attemptDurationsMs) {
        long deliveries = byEvent.stream().mapToLong(EventBreakdown::deliveries).sum();
        long delivered = byEvent.stream().mapToLong(EventBreakdown::delivered).sum();
        long failed = byEvent.stream().mapToLong(EventBreakdown::failed).sum();
        long pending = byEvent.stream().mapToLong(EventBreakdown::pending).sum();
        long cancelled = byEvent.stream().mapToLong(EventBreakdown::cancelled).sum();
        long attempts = byEvent.stream().mapToLong(EventBreakdown::attempts).sum();
        List<Long> sorted = new ArrayList<>(attemptDurationsMs);
        Collections.sort(sorted);
        return new DeliveryStats(deliveries, delivered, failed, pending, cancelled, ratio(delivered, delivered + failed),
                ratio(attempts, deliveries), nearestRank(sorted, 0.50), nearestRank(sorted, 0.95), sorted.size(),
                List.copyOf(byEvent));
    }

    static Long nearestRank(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
