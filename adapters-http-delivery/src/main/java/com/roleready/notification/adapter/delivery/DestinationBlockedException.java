package com.roleready.notification.adapter.delivery;

import java.net.UnknownHostException;

/**
 * The SSRF guard refused the addresses a host resolved to. It extends UnknownHostException only
 * because that is all HttpClient's DnsResolver may throw; the sender tells the two apart.
 */
final class DestinationBlockedException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    DestinationBlockedException(String reason) {
        super(reason);
    }
}
