package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.DuplicatePublishException;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.IdempotencyKey;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.adapter.persistence.PlainJdbc;
import com.roleready.shared.adapter.persistence.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes published events and their deliveries (the outbox) in the caller's transaction. Claiming
 * and recording attempts under a lease is {@link DeliveryClaimAdapter}'s job.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryPersistenceAdapter implements SaveEventPort, FindPublishedEventPort, SaveDeliveryPort {

    private static final String INSERT_EVENT = "INSERT INTO webhook_event (id, owner_id, event_type, data,"
            + " idempotency_key, delivery_count, created_at)";
    private static final String EVENT_VALUES = "(?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DELIVERY = "INSERT INTO webhook_delivery (id, event_id, endpoint_id,"
            + " owner_id, event_type, payload, state, attempts, round_start, next_attempt_at, completed_at,"
            + " last_status_code, last_error, created_at, lease_token, version)";
    /**
     * A new delivery's row; version 1, as EclipseLink starts a persisted entity's version. The lease token is NULL
     * unless the publish hands the delivery straight to this server's dispatcher (ADR 0020).
     */
    private static final String DELIVERY_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected DeliveryPersistenceAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    DeliveryPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(WebhookEvent event, int deliveryCount) {
        entityManager.persist(WebhookEventMapper.toEntity(event, deliveryCount));
        if (!flushedEvents()) {
            throw new DuplicatePublishException();
        }
    }

    /**
     * Events first, then deliveries, each table as one multi-row INSERT (per 100 rows), in plain JDBC: the publish path
     * runs this for every event, and EclipseLink's unit of work spent more CPU on these rows than the rest of the
     * publish (ADR 0017). The rows are exactly what the entities would write.
     */
    @Override
    public boolean saveAll(List<FannedOutEvent> events) {
        Connection connection = PlainJdbc.connectionOf(entityManager);
        try {
            if (!insertedEvents(connection, events)) {
                return false;
            }
            insertDeliveries(connection, events);
            return true;
        } catch (SQLException e) {
            throw PlainJdbc.failed("saving published events", e);
        }
    }

    /**
     * False when a racing publish with the same idempotency key got there first; the caller then rolls the
     * transaction back, so nothing of this publish is committed.
     */
    private static boolean insertedEvents(Connection connection, List<FannedOutEvent> events) throws SQLException {
        try {
            PlainJdbc.insertAll(connection, INSERT_EVENT, EVENT_VALUES, 7, events,
                    each -> each.event().dataJson().length(), DeliveryPersistenceAdapter::bindEvent);
            return true;
        } catch (SQLException e) {
            if (UniqueViolation.of(e, WebhookEventEntity.IDEMPOTENCY_INDEX)) {
                return false;
            }
            throw e;
        }
    }

    private static void bindEvent(PreparedStatement insert, int first, FannedOutEvent each) throws SQLException {
        WebhookEvent event = each.event();
        insert.setString(first, event.id().toString());
        insert.setString(first + 1, event.ownerId());
        insert.setString(first + 2, event.type().wireName());
        insert.setString(first + 3, event.dataJson());
        PlainJdbc.setText(insert, first + 4, event.idempotencyKey());
        insert.setInt(first + 5, each.deliveries().size());
        PlainJdbc.setInstant(insert, first + 6, event.occurredAt());
    }

    private static void insertDeliveries(Connection connection, List<FannedOutEvent> events) throws SQLException {
        List<NewDelivery> deliveries = new ArrayList<>();
        events.forEach(each -> each.deliveries().forEach(delivery ->
                deliveries.add(new NewDelivery(delivery, each.leaseToken()))));
        PlainJdbc.insertAll(connection, INSERT_DELIVERY, DELIVERY_VALUES, 15, deliveries,
                each -> each.delivery().payload().length(), DeliveryPersistenceAdapter::bindNewDelivery);
    }

    /** A new delivery and the lease token it is stored under (null: due for any dispatcher). */
    private record NewDelivery(Delivery delivery, String leaseToken) {
    }

    private static void bindNewDelivery(PreparedStatement insert, int first, NewDelivery each) throws SQLException {
        Delivery delivery = each.delivery();
        insert.setString(first, delivery.id().toString());
        insert.setString(first + 1, delivery.eventId().toString());
        insert.setString(first + 2, delivery.endpointId().toString());
        insert.setString(first + 3, delivery.ownerId());
        insert.setString(first + 4, delivery.eventType().wireName());
        insert.setString(first + 5, delivery.payload());
        insert.setString(first + 6, delivery.state().name());
        insert.setInt(first + 7, delivery.attempts());
        insert.setInt(first + 8, delivery.roundStart());
        PlainJdbc.setInstant(insert, first + 9, delivery.nextAttemptAt());
        PlainJdbc.setInstant(insert, first + 10, delivery.completedAt());
        PlainJdbc.setInteger(insert, first + 11, delivery.lastStatusCode());
        PlainJdbc.setText(insert, first + 12,
                WebhookDeliveryMapper.fit(delivery.lastError(), WebhookDeliveryMapper.MAX_ERROR));
        PlainJdbc.setInstant(insert, first + 13, delivery.createdAt());
        PlainJdbc.setText(insert, first + 14, each.leaseToken());
    }

    /** False when a racing publish with the same idempotency key got there first (see {@link #save}). */
    private boolean flushedEvents() {
        try {
            entityManager.flush();
            return true;
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, WebhookEventEntity.IDEMPOTENCY_INDEX)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    @SuppressWarnings("unchecked") // a multi-column JPQL select returns Object[] rows
    public Map<IdempotencyKey, PublishReceipt> findByIdempotencyKeys(Collection<IdempotencyKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> owners = new HashSet<>();
        Set<String> values = new HashSet<>();
        keys.forEach(key -> {
            owners.add(key.ownerId());
            values.add(key.key());
        });
        Map<IdempotencyKey, PublishReceipt> found = new HashMap<>();
        List<Object[]> rows = entityManager.createNamedQuery(WebhookEventEntity.FIND_RECEIPTS_BY_IDEMPOTENCY_KEYS)
                .setParameter("ownerIds", List.copyOf(owners))
                .setParameter("keys", List.copyOf(values))
                .getResultList();
        for (Object[] row : rows) {
            IdempotencyKey key = new IdempotencyKey((String) row[1], (String) row[2]);
            if (keys.contains(key)) { // exactly this pair, not another owner's key of the same batch
                found.put(key, WebhookEventMapper.toReceipt(row));
            }
        }
        return found;
    }

    @Override
    public void saveNew(Delivery delivery) {
        entityManager.persist(WebhookDeliveryMapper.toNewEntity(delivery));
    }

    @Override
    public void update(Delivery delivery, DeliveryAttempt attempt) {
        WebhookDeliveryEntity entity = entityManager.find(WebhookDeliveryEntity.class, delivery.id().toString());
        if (entity == null) {
            throw new IllegalStateException("delivery " + delivery.id() + " is not stored");
        }
        WebhookDeliveryMapper.copyMutableState(delivery, entity);
        if (attempt != null) {
            // The attempt refers to the delivery by a plain column, so EclipseLink does not order the
            // inserts: write the delivery first (it may have been persisted in this same transaction).
            entityManager.flush();
            entityManager.persist(WebhookDeliveryMapper.toEntity(attempt, delivery.ownerId()));
        }
        entityManager.flush();
    }

    /**
     * Locks the endpoint's pending deliveries (waiting for a dispatcher's short claim transaction,
     * if any) and cancels them through the domain. A claimant holding a lease on one of them then
     * finds it no longer pending, and its recordAttempt writes nothing.
     */
    @Override
    public int cancelPendingFor(UUID endpointId, Instant now) {
        List<WebhookDeliveryEntity> pending = entityManager
                .createNamedQuery(WebhookDeliveryEntity.FIND_PENDING_OF_ENDPOINT, WebhookDeliveryEntity.class)
                .setParameter("endpointId", endpointId.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int cancelled = 0;
        for (WebhookDeliveryEntity entity : pending) {
            Delivery delivery = WebhookDeliveryMapper.toDomain(entity);
            if (delivery.cancel(now)) {
                WebhookDeliveryMapper.copyMutableState(delivery, entity);
                entity.releaseLease();
                cancelled++;
            }
        }
        entityManager.flush();
        return cancelled;
    }
}
