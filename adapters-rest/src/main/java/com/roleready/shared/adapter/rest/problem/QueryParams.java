package com.roleready.shared.adapter.rest.problem;

import com.roleready.shared.domain.DomainValidationException;
import java.util.UUID;

/**
 * Query parameters taken as text and converted here, so that a bad value is a 400 naming the parameter. JAX-RS
 * itself answers 404 when it cannot convert a typed {@code @QueryParam}, as if the resource did not exist.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The whole number in {@code [min, max]}, or {@code absent} when the parameter is missing or empty. */
    public static int integer(String name, String raw, int absent, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new DomainValidationException(name, name + " must be a whole number");
        }
        if (value < min || value > max) {
            throw new DomainValidationException(name, name + " must be between " + min + " and " + max);
        }
        return (int) value;
    }

    /** Exactly "true" or "false"; {@code false} when absent (JAX-RS would read "yes" as false). */
    public static boolean bool(String name, String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw new DomainValidationException(name, name + " must be true or false");
    }

    /** The UUID, or null when the parameter is missing or empty. */
    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainValidationException(name, name + " must be a UUID");
        }
    }
}
