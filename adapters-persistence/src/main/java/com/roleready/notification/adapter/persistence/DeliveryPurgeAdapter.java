package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.PurgeDeliveriesPort;
import com.roleready.shared.adapter.persistence.ExpiredRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Deletes old delivery logs for the retention purge, one batch per call in the caller's short
 * transaction ({@link ExpiredRows}: ids picked with {@code FOR UPDATE SKIP LOCKED}, so purges on
 * several servers take disjoint batches). A pending delivery has no {@code completed_at}, so the
 * expiry predicate never matches it; the state is checked as well.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryPurgeAdapter implements PurgeDeliveriesPort {

    /** Through ix_webhook_delivery_completed (V4). */
    static final String FINISHED_IDS_SQL = "SELECT id FROM webhook_delivery"
            + " WHERE completed_at < ?1 AND state <> 'PENDING' LIMIT ?2 FOR UPDATE SKIP LOCKED";
    /**
     * A plain read: no attempt can be added to a locked delivery (recording one locks the pending
     * delivery first), so the count is exact.
     */
    static final String COUNT_ATTEMPTS_SQL = "SELECT COUNT(*) FROM webhook_delivery_attempt WHERE delivery_id";
    /** The attempts go by ON DELETE CASCADE, looked up through ux_webhook_delivery_attempt_no. */
    static final String DELETE_DELIVERIES_SQL = "DELETE FROM webhook_delivery WHERE id = ?1";
    /** Through ix_webhook_event_created and, for the NOT EXISTS, ix_webhook_delivery_event (V4). */
    static final String ORPHAN_EVENT_IDS_SQL = "SELECT e.id FROM webhook_event e WHERE e.created_at < ?1"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)"
            + " LIMIT ?2 FOR UPDATE SKIP LOCKED";
    static final String DELETE_EVENTS_SQL = "DELETE FROM webhook_event WHERE id = ?1";

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected DeliveryPurgeAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    DeliveryPurgeAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PurgedDeliveries deleteFinishedBefore(Instant cutoff, int limit) {
        List<String> ids = ExpiredRows.lockIds(entityManager, FINISHED_IDS_SQL, cutoff, limit);
        if (ids.isEmpty()) {
            return PurgedDeliveries.NONE;
        }
        long attempts = ((Number) ExpiredRows.query(entityManager, COUNT_ATTEMPTS_SQL, ids).getSingleResult())
                .longValue();
        int deliveries = ExpiredRows.deleteEach(entityManager, DELETE_DELIVERIES_SQL, ids);
        return new PurgedDeliveries(deliveries, Math.toIntExact(attempts));
    }

    /**
     * Deliveries are created only together with their event (the outbox) and never moved to
     * another, so an event without deliveries keeps none; a concurrent publish with the same
     * idempotency key either found the old event or, once it is gone, stores a new one.
     */
    @Override
    public int deleteEventsWithoutDeliveriesBefore(Instant cutoff, int limit) {
        List<String> ids = ExpiredRows.lockIds(entityManager, ORPHAN_EVENT_IDS_SQL, cutoff, limit);
        return ExpiredRows.deleteEach(entityManager, DELETE_EVENTS_SQL, ids);
    }
}
