package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        // A racing publish with the same idempotency key fails here, inside the caller's unit of work.
        entityManager.flush();
    }

    @Override
    public Optional<PublishReceipt> findByIdempotencyKey(String ownerId, String idempotencyKey) {
        return entityManager.createNamedQuery(WebhookEventEntity.FIND_BY_IDEMPOTENCY_KEY, WebhookEventEntity.class)
                .setParameter("ownerId", ownerId)
                .setParameter("idempotencyKey", idempotencyKey)
                .getResultStream()
                .findFirst()
                .map(WebhookEventMapper::toReceipt);
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
