package com.roleready.notification.domain;

import com.roleready.shared.domain.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An endpoint's current secret and, during a rotation's overlap window, the previous one: both
 * sign each attempt, so receivers can switch secrets without losing deliveries.
 */
public record SigningSecrets(WebhookSecret current, WebhookSecret previous, Instant previousValidUntil) {

    public static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);

    public SigningSecrets {
        Require.present(current, "secret");
        if ((previous == null) != (previousValidUntil == null)) {
            throw new IllegalArgumentException("a previous secret needs its expiry, and only then");
        }
    }

    public static SigningSecrets of(WebhookSecret current) {
        return new SigningSecrets(current, null, null);
    }

    /** The new secret signs from now on; the current one stays valid for the overlap. */
    public SigningSecrets rotateTo(WebhookSecret next, Instant now, Duration overlap) {
        if (overlap.isZero() || overlap.isNegative()) {
            return of(next);
        }
        return new SigningSecrets(next, current, now.plus(overlap));
    }

    /** Secrets that sign an attempt made at {@code now}: the current first. */
    public List<WebhookSecret> validAt(Instant now) {
        return previous != null && now.isBefore(previousValidUntil) ? List.of(current, previous) : List.of(current);
    }
}
