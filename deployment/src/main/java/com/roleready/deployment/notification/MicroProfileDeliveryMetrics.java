package com.roleready.deployment.notification;

import com.roleready.notification.application.port.out.DeliveryMetricsPort;
import com.roleready.notification.application.port.out.DeliveryQueuePort;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Delivery metrics in the application registry (Prometheus at /metrics): attempts by outcome,
 * attempt latency, finished deliveries by final state, and the due queue read from the database.
 */
@ApplicationScoped
public class MicroProfileDeliveryMetrics implements DeliveryMetricsPort {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    DeliveryQueuePort queue;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Clock clock;

    private final Map<AttemptOutcome, AttemptMetrics> attemptMetrics = new ConcurrentHashMap<>();
    private final Map<DeliveryState, Counter> finished = new ConcurrentHashMap<>();

    void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        registry.gauge(Metadata.builder().withName("webhook_due_deliveries")
                .withDescription("Deliveries due now and not yet attempted").build(),
                () -> unitOfWork.inTransaction(() -> queue.countDue(clock.instant())));
        registry.gauge(Metadata.builder().withName("webhook_oldest_due_age_seconds")
                .withDescription("How long the oldest due delivery has been waiting (0 when none)")
                .withUnit(MetricUnits.SECONDS).build(),
                () -> unitOfWork.inTransaction(() -> queue.oldestDue(clock.instant())
                        .map(due -> Math.max(0, Duration.between(due, clock.instant()).toMillis()) / 1000.0)
                        .orElse(0.0)));
    }

    @Override
    public void attemptMade(AttemptOutcome outcome, Duration duration) {
        // Looked up once per outcome: a registry look-up (tag validation, MetricID hashing) on every attempt cost
        // more than the counter and timer themselves under load.
        attemptMetrics.computeIfAbsent(outcome, this::attemptMetricsFor).record(duration);
    }

    @Override
    public void deliveryFinished(DeliveryState finalState) {
        finished.computeIfAbsent(finalState, state -> registry.counter("webhook_deliveries_finished_total",
                new Tag("state", state.wireName()))).inc();
    }

    private AttemptMetrics attemptMetricsFor(AttemptOutcome outcome) {
        Tag tag = new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT));
        return new AttemptMetrics(registry.counter("webhook_attempts_total", tag),
                registry.timer("webhook_attempt_duration", tag));
    }

    private record AttemptMetrics(Counter attempts, Timer duration) {

        void record(Duration took) {
            attempts.inc();
            duration.update(took);
        }
    }

}
