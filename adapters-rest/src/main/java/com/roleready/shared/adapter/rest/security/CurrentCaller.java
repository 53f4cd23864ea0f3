package com.roleready.shared.adapter.rest.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set once by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller authenticated) {
        this.caller = authenticated;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }

    public String id() {
        return get().id();
    }
}
