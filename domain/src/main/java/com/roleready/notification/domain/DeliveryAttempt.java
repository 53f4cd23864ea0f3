package com.roleready.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One logged HTTP attempt of a delivery. */
public record DeliveryAttempt(UUID deliveryId, int number, Instant startedAt, Duration duration,
                              AttemptOutcome outcome, Integer statusCode, String error, String responseSnippet,
                              String location) {

    static DeliveryAttempt of(UUID deliveryId, int number, Instant startedAt, AttemptResult result) {
        return new DeliveryAttempt(deliveryId, number, startedAt, result.duration(), result.outcome(),
                result.statusCode(), result.error(), result.responseSnippet(), result.location());
    }
}
