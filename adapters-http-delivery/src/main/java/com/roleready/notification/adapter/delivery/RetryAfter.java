package com.roleready.notification.adapter.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apache.hc.client5.http.utils.DateUtils;

/** Reads a Retry-After header value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {

    /**
     * Longer hints are clamped: they are no more useful than a day, and a sane bound keeps later
     * time arithmetic safe. The delivery policy applies its own, smaller cap.
     */
    static final Duration LONGEST = Duration.ofDays(1);

    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /** The wait the receiver asked for, or empty when the value is missing or unreadable. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            boolean fitsInLong = trimmed.length() <= 18;
            return Optional.of(fitsInLong ? clamp(Duration.ofSeconds(Long.parseLong(trimmed))) : LONGEST);
        }
        return httpDate(trimmed).map(date -> {
            Duration wait = Duration.between(now, date);
            return wait.isNegative() ? Duration.ZERO : clamp(wait);
        });
    }

    /** IMF-fixdate and the two obsolete formats that recipients must still accept. */
    private static Optional<Instant> httpDate(String value) {
        Instant date = DateUtils.parseStandardDate(value);
        if (date != null) {
            return Optional.of(date);
        }
        // HttpClient's asctime pattern has no zone and never matches; asctime is always GMT and pads a
        // one-digit day with a second space.
        try {
            return Optional.of(ASCTIME.parse(value.replaceAll(" {2,}", " "), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration clamp(Duration wait) {
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
