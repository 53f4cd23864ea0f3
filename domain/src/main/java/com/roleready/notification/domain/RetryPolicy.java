package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try again after a failed attempt: the first attempt goes at once, retry n waits
 * {@code delays[n-1]}. The default is 1 s, 5 s, 15 s (3 retries, 4 attempts).
 */
public record RetryPolicy(List<Duration> delays) {

    public static final String FIELD = "retryDelaysSeconds";
    static final int MAX_RETRIES = 10;
    static final Duration MAX_DELAY = Duration.ofHours(24);
    // Declared after the limits it is checked against (static initialisation runs in order).
    public static final RetryPolicy DEFAULT = new RetryPolicy(
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15)));

    public RetryPolicy {
        if (delays == null || delays.size() > MAX_RETRIES) {
            throw new DomainValidationException(FIELD, FIELD + " must list at most " + MAX_RETRIES + " delays");
        }
        for (Duration delay : delays) {
            if (delay == null || delay.isNegative() || delay.isZero() || delay.compareTo(MAX_DELAY) > 0) {
                throw new DomainValidationException(FIELD, FIELD + " must be between 1 second and 24 hours each");
            }
        }
        delays = List.copyOf(delays);
    }

    public static RetryPolicy ofSeconds(List<Long> seconds) {
        if (seconds == null) {
            throw new DomainValidationException(FIELD, FIELD + " is required");
        }
        return new RetryPolicy(seconds.stream().map(s -> s == null ? null : Duration.ofSeconds(s)).toList());
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }

    /** The wait after attempt number {@code attemptsMade} (1-based) failed, or empty when retries are exhausted. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= delays.size()
                ? Optional.of(delays.get(attemptsMade - 1)) : Optional.empty();
    }

    public List<Long> seconds() {
        return delays.stream().map(Duration::toSeconds).toList();
    }
}
