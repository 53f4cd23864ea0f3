package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One publish's share of the dispatcher's slots (ADR 0020). Inside the transaction it leases whole events' deliveries
 * for as long as slots can be reserved; after the commit it hands them over, and after a rollback it gives the slots
 * back. The rest of the outbox stays due at once for a claim.
 */
final class PublishHandOff {

    private final DeliveryHandOffPort dispatcher;
    private final List<DueDelivery> leased = new ArrayList<>();
    private String token;
    private boolean slotsRanOut;
    private boolean leftForClaim;

    PublishHandOff(DeliveryHandOffPort dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Starts (or, after a rolled-back try, starts again) with no slots and nothing leased. */
    void reset() {
        dispatcher.release(leased.size());
        leased.clear();
        token = null;
        slotsRanOut = false;
        leftForClaim = false;
    }

    /**
     * The event as it is to be stored: leased to this server, when there is a slot for each of its deliveries, or
     * due at once. Its deliveries' endpoints are among {@code endpoints}.
     */
    FannedOutEvent lease(FannedOutEvent event, Map<UUID, WebhookEndpoint> endpoints, Instant leaseUntil) {
        int wanted = event.deliveries().size();
        if (wanted == 0) {
            return event;
        }
        int granted = slotsRanOut ? 0 : dispatcher.reserve(wanted);
        if (granted < wanted) {
            dispatcher.release(granted);
            slotsRanOut = true; // later events of this publish would only take the slots claims are waiting for
            leftForClaim = true;
            return event;
        }
        token = token == null ? UUID.randomUUID().toString() : token;
        for (Delivery delivery : event.deliveries()) {
            delivery.lease(leaseUntil);
            ClaimedDelivery claim = new ClaimedDelivery(delivery, token);
            leased.add(new DueDelivery(claim, Optional.of(endpoints.get(delivery.endpointId()))));
        }
        return new FannedOutEvent(event.event(), event.deliveries(), token);
    }

    /** After the commit: the leased deliveries go to the dispatcher; true when others wait for a claim. */
    boolean committed() {
        if (!leased.isEmpty()) {
            dispatcher.handOff(List.copyOf(leased));
            leased.clear();
        }
        return leftForClaim;
    }

    /** The publish failed: nothing it leased was stored, so nothing is handed over. */
    void rolledBack() {
        reset();
    }
}
