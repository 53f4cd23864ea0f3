package com.roleready.shared.adapter.rest.security;

import java.util.Set;

/**
 * The authenticated caller: {@code id} is the token's {@code sub}. {@code admin} is true for the
 * {@code admin} group and for emails listed in ADMIN_USERS.
 */
public record Caller(String id, String email, Set<String> groups, boolean admin) {

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean hasRole(Role role) {
        return role == Role.ADMIN ? admin : groups.contains(role.group());
    }
}
