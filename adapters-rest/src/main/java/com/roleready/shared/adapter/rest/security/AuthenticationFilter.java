package com.roleready.shared.adapter.rest.security;

import com.roleready.shared.adapter.rest.problem.Problem;
import com.roleready.shared.adapter.rest.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call needs a verified bearer token: no anonymous endpoint exists under /api. The
 * resolved {@link Caller} is kept in {@link CurrentCaller} for resources to read.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String CALLER_PROPERTY = Caller.class.getName();

    @Inject
    CallerResolver callerResolver;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        callerResolver.resolve(request.getSecurityContext()).ifPresentOrElse(
                caller -> {
                    request.setProperty(CALLER_PROPERTY, caller);
                    currentCaller.set(caller);
                },
                () -> request.abortWith(unauthenticated()));
    }

    static Response unauthenticated() {
        Response problem = Problem.of(ProblemType.UNAUTHENTICATED,
                "send a valid bearer token: Authorization: Bearer <JWT>").toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
