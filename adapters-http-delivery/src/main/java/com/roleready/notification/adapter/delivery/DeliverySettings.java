package com.roleready.notification.adapter.delivery;

import java.time.Duration;

/**
 * How the transport behaves. {@code attemptTimeout} bounds one whole attempt (connect, send,
 * response head and snippet); the pool limits cap open connections overall and per receiver.
 */
public record DeliverySettings(boolean devMode, Duration attemptTimeout, int maxConnections,
                               int maxConnectionsPerRoute) {

    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_CONNECTIONS = 50;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ROUTE = 20;

    public DeliverySettings {
        if (attemptTimeout == null || attemptTimeout.isZero() || attemptTimeout.isNegative()) {
            throw new IllegalArgumentException("attemptTimeout must be positive");
        }
        if (maxConnections < 1 || maxConnectionsPerRoute < 1) {
            throw new IllegalArgumentException("connection limits must be at least 1");
        }
        maxConnectionsPerRoute = Math.min(maxConnectionsPerRoute, maxConnections);
    }

    public static DeliverySettings production() {
        return new DeliverySettings(false, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_CONNECTIONS_PER_ROUTE);
    }

    public DeliverySettings withDevMode(boolean devMode) {
        return new DeliverySettings(devMode, attemptTimeout, maxConnections, maxConnectionsPerRoute);
    }

    public DeliverySettings withAttemptTimeout(Duration attemptTimeout) {
        return new DeliverySettings(devMode, attemptTimeout, maxConnections, maxConnectionsPerRoute);
    }

    public SsrfGuard guard() {
        return SsrfGuard.forMode(devMode);
    }
}
