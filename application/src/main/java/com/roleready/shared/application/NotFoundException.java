package com.roleready.shared.application;

/**
 * The requested thing does not exist for this caller. Also used when it exists but belongs to
 * someone else, so that ids cannot be enumerated.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
