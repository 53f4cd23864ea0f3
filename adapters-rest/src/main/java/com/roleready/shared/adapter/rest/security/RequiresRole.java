package com.roleready.shared.adapter.rest.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a resource class or method to callers holding at least one of the roles. Without it,
 * any authenticated caller is allowed (and sees only their own data). Enforced by
 * {@link AuthorizationFilter}; not {@code @RolesAllowed}, because admins are also named by email.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    Role[] value();
}
