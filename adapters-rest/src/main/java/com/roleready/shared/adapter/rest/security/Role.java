package com.roleready.shared.adapter.rest.security;

/** The JWT groups this service knows. */
public enum Role {
    /** Manages prompt experiments; sees everything an operator may see. */
    ADMIN("admin"),
    /** A platform service: publishes events, asks for variant assignments, records results. */
    SERVICE("service");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
