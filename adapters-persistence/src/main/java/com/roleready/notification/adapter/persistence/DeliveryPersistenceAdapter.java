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
import com.roleready.shared.adapter.persistence.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
     * Events first, then deliveries: the attempt and delivery tables refer to their parents by plain columns, so
     * EclipseLink does not order the inserts itself. With JDBC batch writing each table is one round trip.
     */
    @Override
    public boolean saveAll(List<FannedOutEvent> events) {
        for (FannedOutEvent each : events) {
            entityManager.persist(WebhookEventMapper.toEntity(each.event(), each.deliveries().size()));
        }
        if (!flushedEvents()) {
            return false;
        }
        for (FannedOutEvent each : events) {
            each.deliveries().forEach(this::saveNew);
        }
        entityManager.flush();
        return true;
    }

    /**
     * False when a racing publish with the same idempotency key got there first. The failed flush has marked the
     * transaction for rollback (JPA does on any PersistenceException), so nothing of this publish is committed.
     */
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
