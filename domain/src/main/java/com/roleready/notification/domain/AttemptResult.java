package com.roleready.notification.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * What the transport observed for one attempt. {@code statusCode} is null when no response
 * arrived; {@code responseSnippet} holds at most the first 4 KiB of the body; {@code location}
 * is the Location header of a redirect; {@code retryAfter} the parsed Retry-After of a 429/503.
 */
public record AttemptResult(AttemptOutcome outcome, Integer statusCode, Duration duration, String error,
                            String responseSnippet, String location, Duration retryAfter) {

    public static final int MAX_SNIPPET_BYTES = 4096;

    public AttemptResult {
        if (outcome == null || duration == null) {
            throw new IllegalArgumentException("outcome and duration are required");
        }
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
    }

    public static AttemptResult ofResponse(int statusCode, Duration duration, String snippet, String location,
                                           Duration retryAfter) {
        AttemptOutcome outcome = statusCode >= 200 && statusCode < 300 ? AttemptOutcome.SUCCESS
                : statusCode >= 300 && statusCode < 400 ? AttemptOutcome.REDIRECT : AttemptOutcome.HTTP_ERROR;
        String error = switch (outcome) {
            case SUCCESS -> null;
            case REDIRECT -> "redirect not followed" + (location == null ? "" : " (Location: " + location + ")");
            default -> "HTTP " + statusCode;
        };
        return new AttemptResult(outcome, statusCode, duration, error, snippet, location, retryAfter);
    }

    public static AttemptResult ofFailure(AttemptOutcome outcome, Duration duration, String error) {
        return new AttemptResult(outcome, null, duration, error, null, null, null);
    }

    public boolean isGone() {
        return statusCode != null && statusCode == 410;
    }

    public Optional<Duration> retryAfterHint() {
        boolean throttled = statusCode != null && (statusCode == 429 || statusCode == 503);
        return throttled ? Optional.ofNullable(retryAfter) : Optional.empty();
    }
}
