package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.WebhookEvent;
import java.util.List;

public interface SaveEventPort {

    /**
     * Stores the event with how many deliveries it fanned out to (the publish receipt).
     *
     * @throws DuplicatePublishException when an event of the same user with the same idempotency key is stored
     */
    void save(WebhookEvent event, int deliveryCount);

    /**
     * Stores the events with their deliveries (the outbox), in as few round trips as the store allows.
     *
     * @return false when an event of the same user with one of these idempotency keys is stored already (a racing
     *     publish won); the caller's transaction must then roll back. An answer, not an exception: an exception
     *     thrown through a transactional adapter writes an FFDC incident (ADR 0003).
     */
    boolean saveAll(List<FannedOutEvent> events);
}
