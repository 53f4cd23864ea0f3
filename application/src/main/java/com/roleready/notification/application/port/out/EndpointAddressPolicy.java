package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.EndpointUrl;

/**
 * Decides whether an endpoint URL may be registered: in production only https URLs whose host
 * resolves to public addresses. The same rule is applied again at connect time by the transport.
 */
public interface EndpointAddressPolicy {

    /** Throws DomainValidationException (field "url") when the URL is not allowed. */
    void requireAllowed(EndpointUrl url);
}
