package com.roleready.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

@ApplicationScoped
public class ClockWiring {

    /** Wall-clock time in UTC; tests of the services use a fixed clock instead. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
