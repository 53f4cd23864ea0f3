package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.ComputeDeliveryStatsUseCase;
import com.roleready.notification.application.port.in.ListDeliveryLogsUseCase;
import com.roleready.notification.application.port.in.RedeliverUseCase;
import com.roleready.notification.application.port.out.DeliveryLogPage;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.application.port.out.DeliveryStatsPort;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import com.roleready.notification.application.port.out.LoadDeliveriesPort;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryStats;
import com.roleready.shared.application.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the owner sees of their deliveries, and the one action on them: redeliver a failed one. */
public class DeliveryLogService implements ListDeliveryLogsUseCase, ComputeDeliveryStatsUseCase, RedeliverUseCase {

    static final int LATENCY_SAMPLE_LIMIT = 10_000;

    private final LoadDeliveriesPort loadDeliveries;
    private final SaveDeliveryPort saveDelivery;
    private final DeliveryStatsPort stats;
    private final DeliveryWakeUpPort wakeUp;
    private final NotificationContext context;

    public DeliveryLogService(LoadDeliveriesPort loadDeliveries, SaveDeliveryPort saveDelivery, DeliveryStatsPort stats,
                              DeliveryWakeUpPort wakeUp, NotificationContext context) {
        this.loadDeliveries = loadDeliveries;
        this.saveDelivery = saveDelivery;
        this.stats = stats;
        this.wakeUp = wakeUp;
        this.context = context;
    }

    @Override
    public DeliveryLogPage logs(DeliveryLogQuery query) {
        return context.unitOfWork().inTransaction(() -> loadDeliveries.loadLog(query));
    }

    @Override
    public DeliveryStats statsOf(String userId, Duration window) {
        Instant since = context.now().minus(window);
        return context.unitOfWork().inTransaction(() -> DeliveryStats.of(
                stats.countsByEventType(userId, since).stream()
                        .map(c -> new DeliveryStats.EventBreakdown(c.eventType(), c.deliveries(), c.delivered(),
                                c.failed(), c.pending(), c.cancelled(), c.attempts()))
                        .toList(),
                stats.recentAttemptDurationsMillis(userId, since, LATENCY_SAMPLE_LIMIT)));
    }

    @Override
    public DeliveryLogPage.Entry redeliver(String userId, UUID deliveryId) {
        DeliveryLogPage.Entry scheduled = context.unitOfWork().inTransaction(() -> {
            // Locked until commit: a concurrent redeliver waits here, then finds it pending and answers 409.
            Delivery delivery = loadDeliveries.loadForUpdate(deliveryId)
                    .filter(d -> d.ownerId().equals(userId))
                    .orElseThrow(() -> new NotFoundException("no delivery " + deliveryId));
            delivery.redeliver(context.now()); // 409 unless failed; the transaction rolls back
            saveDelivery.update(delivery, null);
            return new DeliveryLogPage.Entry(delivery, loadDeliveries.loadAttempts(deliveryId));
        });
        wakeUp.wakeUp();
        return scheduled;
    }

}
