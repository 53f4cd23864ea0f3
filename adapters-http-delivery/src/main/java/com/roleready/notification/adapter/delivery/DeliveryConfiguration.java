package com.roleready.notification.adapter.delivery;

import com.roleready.notification.application.port.out.EndpointAddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the delivery settings from MicroProfile Config (each also settable as an environment
 * variable, e.g. SIGNALS_DELIVERY_DEV_MODE), offers the registration-time address policy, checks
 * the values at startup and shouts when dev mode switches the SSRF protection off.
 */
@ApplicationScoped
public class DeliveryConfiguration {

    private static final Logger LOG = Logger.getLogger(DeliveryConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "signals.delivery.dev-mode", defaultValue = "false")
    boolean devMode;

    @Inject
    @ConfigProperty(name = "signals.delivery.attempt-timeout-ms", defaultValue = "10000")
    long attemptTimeoutMs;

    @Inject
    @ConfigProperty(name = "signals.delivery.max-connections", defaultValue = "50")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "signals.delivery.max-connections-per-route", defaultValue = "20")
    int maxConnectionsPerRoute;

    public DeliverySettings settings() {
        return new DeliverySettings(devMode, Duration.ofMillis(attemptTimeoutMs), maxConnections,
                maxConnectionsPerRoute);
    }

    @Produces
    @Singleton
    EndpointAddressPolicy endpointAddressPolicy() {
        return new ResolvingEndpointAddressPolicy(settings().guard(), HostLookup.SYSTEM);
    }

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        settings(); // a bad value fails the start, not the first delivery
        if (devMode) {
            LOG.warning(DEV_MODE_WARNING);
        }
    }

    static final String DEV_MODE_WARNING = """
            !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
            WEBHOOK DELIVERY DEV MODE IS ON (signals.delivery.dev-mode / SIGNALS_DELIVERY_DEV_MODE).
            SSRF protection is OFF: webhooks may use plain http and may reach localhost, private and
            cloud-metadata addresses. This must NEVER be used in production.
            !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!""";
}
