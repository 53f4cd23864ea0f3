package com.roleready.deployment.notification;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives delivery: woken right after a publish commits, and polling as a fallback (retries that
 * fall due, leases that expire, work published on another server). One drain runs at a time per
 * server; it claims batches until a batch comes back short. Attempts run on a fixed pool of
 * sender threads, so concurrency per server is bounded by {@code signals.dispatcher.senders}.
 */
@ApplicationScoped
public class DeliveryDispatcher implements DeliveryWakeUpPort {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    DispatchDueDeliveriesUseCase dispatch;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.poll-interval-ms", defaultValue = "500")
    long pollIntervalMs;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.senders", defaultValue = "16")
    int senderCount;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private ExecutorService senders;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            LOG.warning("Webhook dispatcher is disabled (signals.dispatcher.enabled=false): nothing is delivered here");
            return;
        }
        senders = Executors.newFixedThreadPool(senderCount, threadFactory);
        scheduler.scheduleWithFixedDelay(this::drainSafely, pollIntervalMs, pollIntervalMs, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Webhook dispatcher started: " + senderCount + " senders, polling every " + pollIntervalMs + " ms");
    }

    @Override
    public void wakeUp() {
        if (senders == null) {
            return;
        }
        wakeRequested.set(true);
        if (!draining.get()) {
            scheduler.execute(this::drainSafely);
        }
    }

    private void drainSafely() {
        if (!draining.compareAndSet(false, true)) {
            return; // the running drain will see the wake-up request
        }
        try {
            do {
                wakeRequested.set(false);
                while (dispatch.dispatchDue(senders) > 0) {
                    // a claimed batch may have been full: look again before sleeping
                }
            } while (wakeRequested.get());
        } catch (RuntimeException e) {
            // Claimed deliveries are not lost: their lease expires and they are claimed again.
            LOG.log(Level.WARNING, "Webhook dispatch round failed; will retry on the next poll", e);
        } finally {
            draining.set(false);
        }
        if (wakeRequested.get()) {
            scheduler.execute(this::drainSafely); // a wake-up that arrived while this drain was finishing
        }
    }

    @PreDestroy
    void stop() {
        if (senders != null) {
            senders.shutdown();
            try {
                senders.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
