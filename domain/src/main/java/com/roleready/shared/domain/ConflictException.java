package com.roleready.shared.domain;

/**
 * An action that the current state of something does not allow (HTTP 409): the input is well
 * formed, but doing it now would break a rule, e.g. deleting an experiment's control.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
