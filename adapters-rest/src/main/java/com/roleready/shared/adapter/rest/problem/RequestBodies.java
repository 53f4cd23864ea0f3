package com.roleready.shared.adapter.rest.problem;

import com.roleready.shared.domain.DomainValidationException;

/** Checks shared by every resource that reads a JSON body. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** An empty body binds to null; report it as a validation error instead of a NullPointerException. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new DomainValidationException("body", "a JSON request body is required");
        }
        return body;
    }
}
