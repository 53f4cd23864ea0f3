package com.roleready.notification.application.service;

import com.roleready.notification.domain.WebhookSecret;
import com.roleready.shared.application.UnitOfWork;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What every notification service needs besides its ports: transactions, time, randomness for
 * secrets and the global delivery settings.
 */
public record NotificationContext(UnitOfWork unitOfWork, Clock clock, SecureRandom random, DeliverySettings settings) {

    public Instant now() {
        return clock.instant();
    }

    public WebhookSecret newSecret() {
        return WebhookSecret.generate(random);
    }

    /**
     * @param retryAfterCap        the longest Retry-After honoured
     * @param secretOverlap        how long a replaced secret keeps signing
     * @param lease                how long a claimed delivery is reserved for one server (longer than an attempt)
     * @param claimBatchSize       deliveries claimed per dispatcher round
     */
    public record DeliverySettings(Duration retryAfterCap, Duration secretOverlap, Duration lease, int claimBatchSize) {

        public static DeliverySettings defaults() {
            return new DeliverySettings(Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(60), 50);
        }
    }
}
