package com.roleready.shared.domain;

/** Guard clauses that fail with a {@link DomainValidationException} naming the field. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainValidationException(field, field + " is required");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainValidationException(field, field + " is required and must not be blank");
        }
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new DomainValidationException(field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
