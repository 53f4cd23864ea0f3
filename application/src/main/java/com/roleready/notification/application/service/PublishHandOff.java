package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Duration;
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
    private final Duration lease;
    private final List<DueDelivery> leased = new ArrayList<>();
    private int reservedSlots;
    private Instant leaseUntil;
    private String token;
    private boolean slotsRanOut;
    private boolean leftForClaim;

    /** {@code lease}: how long a delivery stays leased; the hand-off gives up when half of it has passed. */
    PublishHandOff(DeliveryHandOffPort dispatcher, Duration lease) {
        this.dispatcher = dispatcher;
        this.lease = lease;
    }

    /** Starts (or, after a rolled-back try, starts again) with no slots and nothing leased. */
    void reset() {
        int slots = reservedSlots;
        reservedSlots = 0;
        dispatcher.release(slots);
        leased.clear();
        leaseUntil = null;
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
        reservedSlots += granted;
        this.leaseUntil = leaseUntil;
        token = token == null ? UUID.randomUUID().toString() : token;
        for (Delivery delivery : event.deliveries()) {
            delivery.lease(leaseUntil);
            ClaimedDelivery claim = new ClaimedDelivery(delivery, token);
            leased.add(new DueDelivery(claim, Optional.of(endpoints.get(delivery.endpointId()))));
        }
        return new FannedOutEvent(event.event(), event.deliveries(), token);
    }

    /**
     * After the commit, at {@code now}: the leased deliveries go to the dispatcher; true when others wait for a claim.
     * A transaction that took more than half the lease (waiting on a lock, say) hands nothing over: the rest of the
     * lease might not cover the senders' queue and the attempt, and another server could then claim and send the
     * same deliveries. They are claimed once their lease has run out instead.
     */
    boolean committed(Instant now) {
        if (leased.isEmpty()) {
            return leftForClaim;
        }
        if (now.isAfter(leaseUntil.minus(lease.dividedBy(2)))) {
            reset();
            return true;
        }
        reservedSlots = 0; // the dispatcher frees each slot once its delivery's outcome is recorded
        dispatcher.handOff(List.copyOf(leased));
        leased.clear();
        return leftForClaim;
    }

    /** The publish failed: nothing it leased was stored, so nothing is handed over. */
    void rolledBack() {
        reset();
    }
}
