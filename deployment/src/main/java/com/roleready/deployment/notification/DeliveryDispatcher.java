package com.roleready.deployment.notification;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives delivery. Woken right after a publish commits (and when a sender frees up while work may
 * be waiting), polling only as a fallback for retries that fall due, expired leases and work
 * published on another server. It claims only as many deliveries as it has idle senders, and each
 * attempt runs on its own sender thread, so a receiver that hangs for 10 s occupies one sender
 * and delays no one else.
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
    @ConfigProperty(name = "signals.dispatcher.poll-interval-ms", defaultValue = "250")
    long pollIntervalMs;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.senders", defaultValue = "16")
    int senderCount;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean mayHaveMore;
    private Semaphore idleSenders;
    private ExecutorService senders;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            LOG.warning("Webhook dispatcher is disabled (signals.dispatcher.enabled=false): nothing is delivered here");
            return;
        }
        idleSenders = new Semaphore(senderCount);
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
                claimForIdleSenders();
            } while (wakeRequested.get() && idleSenders.availablePermits() > 0);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            // Catch everything: a periodic task that throws is never run again, and a dispatcher that
            // silently stops polling loses no data but delivers nothing. Claimed deliveries are not
            // lost either: their lease expires and they are claimed again.
            LOG.log(Level.SEVERE, "Webhook dispatch round failed; will retry on the next poll", e);
        } finally {
            draining.set(false);
        }
        if (wakeRequested.get() && idleSenders.availablePermits() > 0) {
            scheduler.execute(this::drainSafely); // a wake-up that arrived while this drain was finishing
        }
    }

    private void claimForIdleSenders() {
        while (true) {
            int idle = idleSenders.availablePermits();
            if (idle == 0) {
                mayHaveMore = true; // a sender that frees up will look again
                return;
            }
            List<DueDelivery> batch = dispatch.claimDue(idle);
            batch.forEach(this::sendOnIdleSender);
            if (batch.size() < idle) {
                return; // nothing more is due right now
            }
        }
    }

    private void sendOnIdleSender(DueDelivery claim) {
        idleSenders.acquireUninterruptibly();
        try {
            senders.execute(() -> {
                try {
                    dispatch.attempt(claim);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Webhook attempt failed to record; its lease will expire and it is retried", e);
                } finally {
                    idleSenders.release();
                    if (mayHaveMore) {
                        mayHaveMore = false;
                        wakeUp();
                    }
                }
            });
        } catch (RuntimeException rejected) {
            idleSenders.release(); // shutting down: the lease expires and another server takes it
            throw rejected;
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
