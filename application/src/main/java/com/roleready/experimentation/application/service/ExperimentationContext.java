package com.roleready.experimentation.application.service;

import com.roleready.shared.application.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** What every experimentation service needs besides its ports: transactions, time, randomness, settings. */
public record ExperimentationContext(UnitOfWork unitOfWork, Clock clock, RandomGenerator random,
                                     ExperimentSettings settings) {

    public Instant now() {
        return clock.instant();
    }

    /**
     * @param assignmentCacheTtl how long a server reuses an operation's variants and aggregates for
     *                           assignments before reading them again (admin changes on this server
     *                           apply at once; on other servers within this time)
     * @param banditMinTrials    results per arm before {@code weighted} leaves the equal split
     * @param banditFloorShare   the least share of traffic {@code weighted} gives each arm
     * @param defaultMinTests    results per variant before a winner may be declared
     * @param alpha              significance level of the winner rule
     */
    public record ExperimentSettings(Duration assignmentCacheTtl, long banditMinTrials, double banditFloorShare,
                                     int defaultMinTests, double alpha) {

        public static ExperimentSettings defaults() {
            return new ExperimentSettings(Duration.ofSeconds(1), 100, 0.05, 30, 0.05);
        }
    }
}
