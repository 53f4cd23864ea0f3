package com.roleready.notification.adapter.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for where webhooks may go, used at registration and again at connect time. In
 * production only https to hosts whose every address is public; in dev mode anything, so that
 * receivers on localhost work.
 */
public final class SsrfGuard {

    private final boolean devMode;

    private SsrfGuard(boolean devMode) {
        this.devMode = devMode;
    }

    public static SsrfGuard production() {
        return new SsrfGuard(false);
    }

    public static SsrfGuard devMode() {
        return new SsrfGuard(true);
    }

    public static SsrfGuard forMode(boolean devMode) {
        return devMode ? devMode() : production();
    }

    public boolean isDevMode() {
        return devMode;
    }

    public boolean isForbidden(InetAddress address) {
        return !devMode && ForbiddenAddresses.reasonFor(address).isPresent();
    }

    /** Why a request to this URL may not even be attempted, or empty. */
    public Optional<String> schemeRefusal(URI url) {
        if (devMode || "https".equalsIgnoreCase(url.getScheme())) {
            return Optional.empty();
        }
        return Optional.of("webhook URLs must use https in production");
    }

    /**
     * Why a host may not be contacted, or empty. One forbidden address refuses the host: the
     * client may pick any of them, and an attacker controls which.
     */
    public Optional<String> addressRefusal(String host, List<InetAddress> addresses) {
        if (devMode) {
            return Optional.empty();
        }
        if (addresses.isEmpty()) {
            return Optional.of(host + " has no addresses");
        }
        // Name the kind of address, not the address: the answer reaches the endpoint's owner, and
        // internal DNS answers are none of their business.
        return addresses.stream()
                .map(ForbiddenAddresses::reasonFor)
                .flatMap(Optional::stream)
                .findFirst()
                .map(reason -> host + " resolves to a forbidden address (" + reason + ")");
    }
}
