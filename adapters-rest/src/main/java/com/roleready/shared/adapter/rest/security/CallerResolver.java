package com.roleready.shared.adapter.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the verified JWT of a request into a {@link Caller}. */
@ApplicationScoped
public class CallerResolver {

    @Inject
    AdminUsers adminUsers;

    public Optional<Caller> resolve(SecurityContext securityContext) {
        Principal principal = securityContext == null ? null : securityContext.getUserPrincipal();
        if (!(principal instanceof JsonWebToken jwt) || jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            return Optional.empty();
        }
        String email = jwt.getClaim("email");
        Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
        boolean admin = groups.contains(Role.ADMIN.group()) || adminUsers.includes(email);
        return Optional.of(new Caller(jwt.getSubject(), email, groups, admin));
    }
}
