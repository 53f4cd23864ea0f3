package com.roleready.shared.adapter.rest.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses request bodies over 1 MiB before anything reads them: the largest legitimate body is an
 * event with 256 KiB of data. Field-level limits (413 with the field) are checked by the domain.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > MAX_BODY_BYTES) {
            request.abortWith(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "request bodies are limited to 1 MiB")
                    .toResponse());
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
