package com.roleready.shared.domain;

/**
 * Thrown when input breaks a domain rule. Carries the name of the offending field so that
 * inbound adapters can report it (problem+json {@code field}) without parsing messages.
 */
public class DomainValidationException extends RuntimeException {

    private final String field;

    public DomainValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
