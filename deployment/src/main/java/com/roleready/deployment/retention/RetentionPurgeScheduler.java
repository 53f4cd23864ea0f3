package com.roleready.deployment.retention;

import com.roleready.retention.application.port.in.PurgeExpiredRecordsUseCase;
import com.roleready.retention.application.port.in.PurgeReport;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention purge on every server, a few minutes after start and then every
 * {@code signals.retention.purge-interval-minutes}. Servers purging at the same time take disjoint
 * batches. A failed run is logged and the next run tries again; it never stops the server or the
 * schedule.
 */
@ApplicationScoped
public class RetentionPurgeScheduler {

    private static final Logger LOG = Logger.getLogger(RetentionPurgeScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PurgeExpiredRecordsUseCase purge;

    @Inject
    RetentionSettings settings;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::purgeSafely, settings.firstRunDelay().toSeconds(),
                settings.purgeInterval().toSeconds(), TimeUnit.SECONDS);
        LOG.info(() -> "Retention purge scheduled: " + settings);
    }

    void purgeSafely() {
        long start = System.nanoTime();
        try {
            PurgeReport report = purge.purgeExpired();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            LOG.info(() -> "Retention purge deleted " + report.deliveries() + " deliveries with "
                    + report.deliveryAttempts() + " attempts, " + report.events() + " events and "
                    + report.testResults() + " test results in " + ms + " ms"
                    + (report.complete() ? "" : "; more is expired than one run deletes, the next run goes on"));
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            // A periodic task that throws is never run again: catch everything, the next run retries.
            LOG.log(Level.WARNING, "Retention purge failed; batches committed before the failure stay deleted,"
                    + " the next run in " + settings.purgeInterval().toMinutes() + " min tries again", e);
        }
    }
}
