package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.in.PublishEventUseCase;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fans an event out to the user's endpoints through the outbox, then wakes the dispatcher. */
public class PublishEventService implements PublishEventUseCase {

    private final LoadEndpointsPort loadEndpoints;
    private final FindPublishedEventPort findEvent;
    private final SaveEventPort saveEvent;
    private final SaveDeliveryPort saveDelivery;
    private final DeliveryWakeUpPort wakeUp;
    private final NotificationContext context;

    public PublishEventService(LoadEndpointsPort loadEndpoints, FindPublishedEventPort findEvent,
                               SaveEventPort saveEvent, SaveDeliveryPort saveDelivery, DeliveryWakeUpPort wakeUp,
                               NotificationContext context) {
        this.loadEndpoints = loadEndpoints;
        this.findEvent = findEvent;
        this.saveEvent = saveEvent;
        this.saveDelivery = saveDelivery;
        this.wakeUp = wakeUp;
        this.context = context;
    }

    @Override
    public PublishReceipt publish(PublishEventCommand command) {
        Instant now = context.now();
        WebhookEvent event = new WebhookEvent(UUID.randomUUID(), command.userId(), command.type(), command.dataJson(),
                command.idempotencyKey(), now);
        PublishReceipt receipt = context.unitOfWork().inTransaction(() -> earlierPublish(command)
                .orElseGet(() -> store(event, now)));
        if (!receipt.duplicate() && receipt.deliveries() > 0) {
            wakeUp.wakeUp(); // after commit: the dispatcher must be able to see the rows
        }
        return receipt;
    }

    private Optional<PublishReceipt> earlierPublish(PublishEventCommand command) {
        return command.idempotencyKey() == null ? Optional.empty()
                : findEvent.findByIdempotencyKey(command.userId(), command.idempotencyKey())
                        .map(first -> new PublishReceipt(first.eventId(), first.deliveries(), true));
    }

    private PublishReceipt store(WebhookEvent event, Instant now) {
        List<WebhookEndpoint> targets = loadEndpoints.loadAllOf(event.ownerId()).stream()
                .filter(endpoint -> endpoint.wants(event.type())).toList();
        saveEvent.save(event, targets.size());
        for (WebhookEndpoint endpoint : targets) {
            saveDelivery.saveNew(Delivery.schedule(UUID.randomUUID(), event, endpoint.id(), now));
        }
        return new PublishReceipt(event.id(), targets.size(), false);
    }
}
