package com.roleready.deployment.notification;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.in.SentAttempt;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Drives delivery. Woken right after a publish commits (and when a sender frees up while work may
 * be waiting), polling only as a fallback for retries that fall due, expired leases and work
 * published on another server. It claims only as many deliveries as it has free slots (by default
 * four per sender), and each attempt runs on a sender thread of its own, so a receiver that hangs
 * for 10 s occupies one sender while the others work through the rest.
 *
 * <p>Outcomes are recorded by one recorder thread, which writes every outcome waiting at that moment in one
 * transaction (group commit): the busier the dispatcher, the more outcomes share a commit. A sender's slot is
 * freed only once its outcome is recorded, so at most that many deliveries are claimed and unrecorded at any
 * time. Should the server die between an attempt and its record, the lease expires and the delivery is attempted
 * again with the same webhook-id (at-least-once, as before).
 *
 * <p>A publish on this server may reserve free slots while its transaction runs and hand the deliveries it stored
 * leased to this server straight over after the commit (ADR 0020), skipping the claim. A quarter of the slots is
 * never reserved that way, so retries that fall due and work published elsewhere are claimed even while this
 * server's publishes keep it busy.
 */
@ApplicationScoped
public class DeliveryDispatcher implements DeliveryWakeUpPort, DeliveryHandOffPort {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    DispatchDueDeliveriesUseCase dispatch;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.poll-interval-ms", defaultValue = "250")
    long pollIntervalMs;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.senders", defaultValue = "16")
    int senderCount;

    /** The most deliveries one claim transaction leases (the service applies the same setting). */
    @Inject
    @ConfigProperty(name = "signals.dispatcher.claim-batch-size", defaultValue = "50")
    int claimBatchSize;

    /**
     * How many deliveries may be claimed and not yet recorded: the senders' work plus a queue in front of them, so
     * that one claim transaction leases several senders' worth of work and one record transaction writes several
     * outcomes. 0 means four per sender.
     */
    @Inject
    @ConfigProperty(name = "signals.dispatcher.in-flight", defaultValue = "0")
    int inFlight;

    @Inject
    @ConfigProperty(name = "signals.dispatcher.enabled", defaultValue = "true")
    boolean enabled;

    /** Whether publishes on this server hand their deliveries straight to it (false: every delivery is claimed). */
    @Inject
    @ConfigProperty(name = "signals.dispatcher.hand-off", defaultValue = "true")
    boolean handOffEnabled;

    /** The most outcomes one record transaction writes. */
    static final int MAX_GROUP = 64;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final BlockingQueue<SentAttempt> unrecorded = new LinkedBlockingQueue<>();
    private volatile boolean stopping;
    private Thread recorder;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean mayHaveMore;
    private Semaphore freeSlots;
    private int keptForClaims;
    private ExecutorService senders;
    private Counter handedOver;
    private Counter claimed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled) {
            LOG.warning("Webhook dispatcher is disabled (signals.dispatcher.enabled=false): nothing is delivered here");
            return;
        }
        int slots = inFlight > 0 ? Math.max(inFlight, senderCount) : 4 * senderCount;
        handedOver = dispatched("hand_off");
        claimed = dispatched("claim");
        freeSlots = new Semaphore(slots);
        keptForClaims = handOffEnabled ? Math.max(1, slots / 4) : slots;
        senders = Executors.newFixedThreadPool(senderCount, threadFactory);
        recorder = threadFactory.newThread(this::recordOutcomes);
        recorder.setName("webhook-outcome-recorder");
        recorder.start();
        scheduler.scheduleWithFixedDelay(this::drainSafely, pollIntervalMs, pollIntervalMs, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Webhook dispatcher started: " + senderCount + " senders, " + slots + " deliveries in flight,"
                + " polling every " + pollIntervalMs + " ms, hand-off from publishes " + (handOffEnabled ? "on" : "off"));
    }

    /** How deliveries reached a sender: straight from a publish on this server, or claimed from the table. */
    private Counter dispatched(String via) {
        return registry.counter(Metadata.builder()
                .withName("webhook_deliveries_dispatched_total")
                .withDescription("Deliveries given to a sender, by how they got there: handed over by a publish on this"
                        + " server (hand_off) or claimed from the database (claim)").build(), new Tag("via", via));
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

    @Override
    public int reserve(int wanted) {
        if (senders == null || stopping || senders.isShutdown() || wanted <= 0) {
            return 0;
        }
        return takeSlots(wanted, keptForClaims);
    }

    /** Takes up to {@code most} free slots at once, leaving {@code leave} free; how many it took. */
    private int takeSlots(int most, int leave) {
        while (true) {
            int taking = Math.min(most, freeSlots.availablePermits() - leave);
            if (taking <= 0) {
                return 0;
            }
            if (freeSlots.tryAcquire(taking)) {
                return taking;
            }
            // another thread took slots in between: look again
        }
    }

    @Override
    public void release(int slots) {
        if (slots > 0) {
            slotsFreed(slots);
        }
    }

    @Override
    public void handOff(List<DueDelivery> leased) {
        for (DueDelivery delivery : leased) {
            try {
                sendOnReservedSlot(delivery);
                handedOver.inc();
            } catch (RuntimeException rejected) {
                // shutting down: the slot is free again, and the lease expires so that another server takes it
                LOG.log(Level.FINE, "Webhook hand-off rejected; the delivery's lease will expire", rejected);
            }
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
            } while (wakeRequested.get() && freeSlots.availablePermits() > 0);
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
        if (wakeRequested.get() && freeSlots.availablePermits() > 0) {
            scheduler.execute(this::drainSafely); // a wake-up that arrived while this drain was finishing
        }
    }

    /**
     * Claims as many deliveries as there are free slots, taking the slots first: a publish that reserves slots while
     * the claim's transaction runs then cannot take the same ones, and no more deliveries are ever leased to this
     * server than it has slots for.
     */
    private void claimForIdleSenders() {
        while (true) {
            int taken = takeSlots(claimBatchSize, 0);
            if (taken == 0) {
                mayHaveMore = true; // a slot that frees up will look again
                return;
            }
            List<DueDelivery> batch = claimInto(taken);
            claimed.inc(batch.size());
            if (batch.size() < taken) {
                return; // nothing more is due right now
            }
        }
    }

    /** Claims up to {@code taken} deliveries onto that many slots already taken; the slots left unfilled are freed. */
    private List<DueDelivery> claimInto(int taken) {
        int unused = taken;
        try {
            List<DueDelivery> batch = dispatch.claimDue(taken);
            for (DueDelivery claim : batch) {
                unused--;
                sendOnReservedSlot(claim);
            }
            return batch;
        } finally {
            freeSlots.release(unused);
        }
    }

    private void sendOnReservedSlot(DueDelivery claim) {
        try {
            senders.execute(() -> {
                try {
                    unrecorded.add(dispatch.send(claim)); // the slot is freed once the recorder has written it
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Webhook attempt failed; its lease will expire and it is retried", e);
                    slotsFreed(1);
                }
            });
        } catch (RuntimeException rejected) {
            freeSlots.release(); // shutting down: the lease expires and another server takes it
            throw rejected;
        }
    }

    /** The recorder thread: waits for an outcome, then records it with all the others waiting by then. */
    private void recordOutcomes() {
        List<SentAttempt> group = new ArrayList<>(MAX_GROUP);
        while (!stopping || !unrecorded.isEmpty()) {
            try {
                SentAttempt first = unrecorded.poll(pollIntervalMs, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                unrecorded.drainTo(group, MAX_GROUP - 1);
                recordGroup(group);
            } catch (InterruptedException e) {
                if (!stopping) {
                    LOG.warning("Webhook outcome recorder interrupted; outcomes not yet recorded are retried after their"
                            + " lease expires");
                    return;
                }
            } finally {
                group.clear();
            }
        }
    }

    private void recordGroup(List<SentAttempt> group) {
        try {
            dispatch.recordAll(group);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook outcomes failed to record; their leases will expire and they are retried", e);
        } finally {
            slotsFreed(group.size());
        }
    }

    private void slotsFreed(int count) {
        freeSlots.release(count);
        if (mayHaveMore) {
            mayHaveMore = false;
            wakeUp();
        }
    }

    /** Lets attempts in flight finish and records their outcomes, so that a clean stop sends nothing twice. */
    @PreDestroy
    void stop() {
        if (senders != null) {
            senders.shutdown();
            try {
                senders.awaitTermination(15, TimeUnit.SECONDS);
                stopping = true;
                recorder.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
