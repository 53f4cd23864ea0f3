package com.roleready.notification.adapter.delivery;

import com.roleready.notification.application.port.out.EndpointAddressPolicy;
import com.roleready.notification.domain.EndpointUrl;
import com.roleready.shared.domain.DomainValidationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Checks a URL when it is registered: in production it must be https and its host must resolve,
 * to public addresses only. This gives the owner an early, clear answer; it proves nothing about
 * later lookups, so the transport checks again at connect time.
 */
public final class ResolvingEndpointAddressPolicy implements EndpointAddressPolicy {

    private final SsrfGuard guard;
    private final HostLookup lookup;

    public ResolvingEndpointAddressPolicy(SsrfGuard guard, HostLookup lookup) {
        this.guard = guard;
        this.lookup = lookup;
    }

    @Override
    public void requireAllowed(EndpointUrl url) {
        if (guard.isDevMode()) {
            return;
        }
        guard.schemeRefusal(url.toUri()).ifPresent(reason -> {
            throw invalid(reason);
        });
        String host = hostOf(url);
        List<InetAddress> addresses;
        try {
            addresses = List.of(lookup.addressesOf(host));
        } catch (UnknownHostException e) {
            throw invalid("the url's host " + host + " does not resolve");
        }
        guard.addressRefusal(host, addresses).ifPresent(reason -> {
            throw invalid("the url's host must resolve only to public addresses: " + reason);
        });
    }

    private static String hostOf(EndpointUrl url) {
        String host = url.toUri().getHost();
        // URI keeps the brackets of an IPv6 literal; the resolver wants the bare address.
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static DomainValidationException invalid(String message) {
        return new DomainValidationException(EndpointUrl.FIELD, message);
    }
}
