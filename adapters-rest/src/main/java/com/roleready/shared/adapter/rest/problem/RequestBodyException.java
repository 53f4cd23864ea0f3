package com.roleready.shared.adapter.rest.problem;

import jakarta.ws.rs.WebApplicationException;

/** A request body refused while it was read (too large, not UTF-8, not one strict JSON value), with its problem. */
public final class RequestBodyException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    RequestBodyException(Problem problem) {
        super(problem.detail(), problem.toResponse());
    }
}
