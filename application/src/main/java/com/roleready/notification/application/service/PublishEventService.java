package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.PublishEventBatchCommand;
import com.roleready.notification.application.port.in.PublishEventBatchUseCase;
import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.in.PublishEventUseCase;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import com.roleready.notification.application.port.out.DuplicatePublishException;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.IdempotencyKey;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.domain.TimeOrderedIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Fans events out to their users' endpoints through the outbox. A batch costs one query for its idempotency keys,
 * one for its users' endpoints and one write per table, whatever its size. Deliveries this server's dispatcher has
 * free slots for are stored leased to it and handed over after the commit (ADR 0020); for the rest the dispatcher
 * is woken to claim them.
 */
public class PublishEventService implements PublishEventUseCase, PublishEventBatchUseCase {

    private final LoadEndpointsPort loadEndpoints;
    private final FindPublishedEventPort findEvent;
    private final SaveEventPort saveEvent;
    private final DeliveryWakeUpPort wakeUp;
    private final DeliveryHandOffPort handOff;
    private final NotificationContext context;

    public PublishEventService(LoadEndpointsPort loadEndpoints, FindPublishedEventPort findEvent,
                               SaveEventPort saveEvent, DeliveryWakeUpPort wakeUp, DeliveryHandOffPort handOff,
                               NotificationContext context) {
        this.loadEndpoints = loadEndpoints;
        this.findEvent = findEvent;
        this.saveEvent = saveEvent;
        this.wakeUp = wakeUp;
        this.handOff = handOff;
        this.context = context;
    }

    @Override
    public PublishReceipt publish(PublishEventCommand command) {
        return publishAll(new PublishEventBatchCommand(List.of(command))).get(0);
    }

    @Override
    public List<PublishReceipt> publishAll(PublishEventBatchCommand batch) {
        PublishHandOff slots = new PublishHandOff(handOff, context.settings().lease());
        List<PublishReceipt> receipts;
        try {
            receipts = storeOnce(batch, slots);
        } catch (RuntimeException | Error failed) {
            slots.rolledBack();
            throw failed;
        }
        if (slots.committed(context.now())) {
            wakeUp.wakeUp(); // after commit: the dispatcher must be able to see the rows
        }
        return receipts;
    }

    private List<PublishReceipt> storeOnce(PublishEventBatchCommand batch, PublishHandOff slots) {
        try {
            return context.unitOfWork().inTransaction(() -> store(batch.events(), slots));
        } catch (DuplicatePublishException raced) {
            // A concurrent publish with one of these keys committed between our look-up and our insert. Its
            // receipt is now visible, so a second try answers those keys as repeats, as a later retry would.
            return context.unitOfWork().inTransaction(() -> store(batch.events(), slots));
        }
    }

    private List<PublishReceipt> store(List<PublishEventCommand> commands, PublishHandOff slots) {
        slots.reset(); // a second try starts over
        Instant now = context.now();
        Instant leaseUntil = now.plus(context.settings().lease());
        Map<IdempotencyKey, PublishReceipt> answered = earlierPublishes(commands);
        Map<String, List<WebhookEndpoint>> endpoints = loadEndpoints.loadAllOf(owners(commands));
        List<FannedOutEvent> outbox = new ArrayList<>(commands.size());
        List<PublishReceipt> receipts = new ArrayList<>(commands.size());
        for (PublishEventCommand command : commands) {
            IdempotencyKey key = keyOf(command);
            PublishReceipt first = key == null ? null : answered.get(key);
            if (first != null) {
                receipts.add(new PublishReceipt(first.eventId(), first.deliveries(), true));
                continue;
            }
            List<WebhookEndpoint> own = endpoints.getOrDefault(command.userId(), List.of());
            FannedOutEvent fannedOut = slots.lease(fanOut(command, own, now), byId(own), leaseUntil);
            PublishReceipt receipt = new PublishReceipt(fannedOut.event().id(), fannedOut.deliveries().size(), false);
            if (key != null) {
                answered.put(key, receipt); // the same key again later in this batch is a repeat of this one
            }
            outbox.add(fannedOut);
            receipts.add(receipt);
        }
        if (!outbox.isEmpty() && !saveEvent.saveAll(outbox)) {
            throw new DuplicatePublishException(); // rolls back; answered by publishAll
        }
        return receipts;
    }

    private static Map<UUID, WebhookEndpoint> byId(List<WebhookEndpoint> endpoints) {
        Map<UUID, WebhookEndpoint> byId = new HashMap<>();
        endpoints.forEach(endpoint -> byId.put(endpoint.id(), endpoint));
        return byId;
    }

    private Map<IdempotencyKey, PublishReceipt> earlierPublishes(List<PublishEventCommand> commands) {
        Set<IdempotencyKey> keys = new LinkedHashSet<>();
        commands.stream().map(PublishEventService::keyOf).filter(Objects::nonNull).forEach(keys::add);
        return keys.isEmpty() ? new HashMap<>() : new HashMap<>(findEvent.findByIdempotencyKeys(keys));
    }

    private static Set<String> owners(List<PublishEventCommand> commands) {
        Set<String> owners = new LinkedHashSet<>();
        commands.forEach(command -> owners.add(command.userId()));
        return owners;
    }

    private static IdempotencyKey keyOf(PublishEventCommand command) {
        return command.idempotencyKey() == null ? null : new IdempotencyKey(command.userId(), command.idempotencyKey());
    }

    private static FannedOutEvent fanOut(PublishEventCommand command, List<WebhookEndpoint> endpoints, Instant now) {
        WebhookEvent event = new WebhookEvent(TimeOrderedIds.next(), command.userId(), command.type(), command.dataJson(),
                command.idempotencyKey(), now);
        List<Delivery> deliveries = endpoints.stream().filter(endpoint -> endpoint.wants(event.type()))
                .map(endpoint -> Delivery.schedule(TimeOrderedIds.next(), event, endpoint.id(), now)).toList();
        return new FannedOutEvent(event, deliveries);
    }
}
