package com.roleready.shared.adapter.rest.security;

import com.roleready.shared.adapter.rest.problem.Problem;
import com.roleready.shared.adapter.rest.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Enforces {@link RequiresRole} on the matched resource method or its class. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresRole required = requiredRoles();
        if (required == null) {
            return;
        }
        Caller caller = (Caller) request.getProperty(AuthenticationFilter.CALLER_PROPERTY);
        boolean allowed = caller != null && Arrays.stream(required.value()).anyMatch(caller::hasRole);
        if (!allowed) {
            String roles = Arrays.stream(required.value()).map(Role::group).collect(Collectors.joining(" or "));
            request.abortWith(Problem.of(ProblemType.FORBIDDEN, "this operation requires the " + roles + " role")
                    .toResponse());
        }
    }

    private RequiresRole requiredRoles() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return null;
        }
        RequiresRole onMethod = resourceInfo.getResourceMethod().getAnnotation(RequiresRole.class);
        return onMethod != null ? onMethod : resourceInfo.getResourceClass().getAnnotation(RequiresRole.class);
    }
}
