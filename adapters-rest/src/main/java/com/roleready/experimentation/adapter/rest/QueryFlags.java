package com.roleready.experimentation.adapter.rest;

import com.roleready.shared.domain.DomainValidationException;

/**
 * Query parameters read strictly: JAX-RS would turn "yes" into false and a bad number into a 404,
 * where a 400 naming the parameter is what the caller needs.
 */
final class QueryFlags {

    private QueryFlags() {
    }

    static boolean bool(String value, String name) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new DomainValidationException(name, name + " must be true or false");
    }

    static int integer(String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new DomainValidationException(name, name + " must be a whole number");
        }
    }
}
