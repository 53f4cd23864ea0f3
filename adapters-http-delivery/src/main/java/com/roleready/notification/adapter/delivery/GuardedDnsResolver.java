package com.roleready.notification.adapter.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a receiver's host for HttpClient and refuses the whole answer if any address is
 * forbidden. The client connects only to the addresses returned here, so the address checked is
 * the address used: a DNS answer that changes between registration and delivery (rebinding)
 * cannot slip past.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final SsrfGuard guard;
    private final HostLookup lookup;

    GuardedDnsResolver(SsrfGuard guard, HostLookup lookup) {
        this.guard = guard;
        this.lookup = lookup;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.addressesOf(host);
        var refusal = guard.addressRefusal(host, List.of(addresses));
        if (refusal.isPresent()) {
            throw new DestinationBlockedException(refusal.get());
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // Only used for Kerberos/SPNEGO, which webhook delivery never does; no lookup needed.
        return host;
    }
}
