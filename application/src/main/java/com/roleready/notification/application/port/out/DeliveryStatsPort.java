package com.roleready.notification.application.port.out;

import java.time.Instant;
import java.util.List;

/** Aggregates over an owner's deliveries, computed by the database. */
public interface DeliveryStatsPort {

    /** One row per event type with deliveries created since {@code since}. */
    List<EventTypeCounts> countsByEventType(String ownerId, Instant since);

    /** Durations (ms) of the owner's most recent attempts since {@code since}, at most {@code limit}. */
    List<Long> recentAttemptDurationsMillis(String ownerId, Instant since, int limit);

    record EventTypeCounts(String eventType, long deliveries, long delivered, long failed, long pending,
                           long cancelled, long attempts) {
    }
}
