package com.roleready.notification.domain;

/** How one HTTP attempt to deliver a webhook ended. */
public enum AttemptOutcome {
    /** The receiver answered 2xx. */
    SUCCESS,
    /** The receiver answered with a non-2xx, non-3xx status. */
    HTTP_ERROR,
    /** The receiver answered 3xx; redirects are never followed. */
    REDIRECT,
    /** No complete answer within the attempt timeout. */
    TIMEOUT,
    /** The connection could not be made or broke (refused, reset, DNS, TLS). */
    CONNECTION_FAILED,
    /** The SSRF guard refused the address the URL resolved to. */
    BLOCKED;

    public boolean isSuccess() {
        return this == SUCCESS;
    }
}
