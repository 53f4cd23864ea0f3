package com.roleready.notification.adapter.rest;

import com.roleready.notification.domain.DeliveryStats;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Delivery statistics; rates are fractions 0..1 and absent (not NaN) when nothing finished yet. */
@JsonbPropertyOrder({"windowDays", "totalDeliveries", "delivered", "failed", "pending", "cancelled", "successRate",
        "averageAttempts", "attemptLatencyMs", "byEvent"})
public record DeliveryStatsResponse(int windowDays, long totalDeliveries, long delivered, long failed, long pending,
                                    long cancelled, Double successRate, Double averageAttempts, Latency attemptLatencyMs,
                                    List<EventStats> byEvent) {

    public record Latency(Long p50, Long p95, long samples) {
    }

    @JsonbPropertyOrder({"event", "deliveries", "delivered", "failed", "pending", "cancelled", "successRate",
            "averageAttempts"})
    public record EventStats(String event, long deliveries, long delivered, long failed, long pending, long cancelled,
                             Double successRate, Double averageAttempts) {
    }

    static DeliveryStatsResponse of(DeliveryStats s, int windowDays) {
        return new DeliveryStatsResponse(windowDays, s.deliveries(), s.delivered(), s.failed(), s.pending(),
                s.cancelled(), s.successRate(), s.averageAttempts(),
                new Latency(s.latencyP50Ms(), s.latencyP95Ms(), s.latencySamples()),
                s.byEvent().stream().map(e -> new EventStats(e.eventType(), e.deliveries(), e.delivered(), e.failed(),
                        e.pending(), e.cancelled(), e.successRate(), e.averageAttempts())).toList());
    }
}
