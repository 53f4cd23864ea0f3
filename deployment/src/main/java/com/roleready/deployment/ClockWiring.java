package com.roleready.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

@ApplicationScoped
public class ClockWiring {

    /**
     * Wall-clock time in UTC, ticking in microseconds: the precision the database keeps
     * (DATETIME(6)), so that a timestamp reads back exactly as it was answered.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
