package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryQueuePort;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.shared.adapter.persistence.InstantAsUtcDateTimeConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases due deliveries to this server and records attempts only under a lease still held. Runs in
 * the dispatcher's short claim (or record) transaction; the HTTP call happens between the two,
 * outside any transaction.
 *
 * <p>The due rows are selected with {@code FOR UPDATE SKIP LOCKED}: on MariaDB (10.6+) concurrent
 * claimers lock disjoint rows and never wait for each other. H2 2.3 accepts the same SQL, but locks
 * every row the WHERE clause matches before applying LIMIT, so a second claimer gets an empty batch
 * until the first commits: correct (never the same delivery twice), merely serial, which suits the
 * single-server embedded database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryClaimAdapter implements ClaimDueDeliveriesPort, DeliveryQueuePort {

    static final String CLAIM_DUE_SQL = "SELECT * FROM webhook_delivery"
            + " WHERE state = 'PENDING' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED";
    private static final InstantAsUtcDateTimeConverter UTC = new InstantAsUtcDateTimeConverter();

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected DeliveryClaimAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    DeliveryClaimAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The returned deliveries carry {@code leaseUntil} as their next-attempt time, as stored. */
    @Override
    @SuppressWarnings("unchecked") // a native query with a result class returns that class
    public List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<WebhookDeliveryEntity> due = entityManager.createNativeQuery(CLAIM_DUE_SQL, WebhookDeliveryEntity.class)
                .setParameter(1, UTC.convertToDatabaseColumn(now))
                .setParameter(2, limit)
                // the locking read is the truth: refresh any copy this persistence context already holds
                .setHint("eclipselink.refresh", "true")
                .getResultList();
        List<ClaimedDelivery> claims = new ArrayList<>(due.size());
        for (WebhookDeliveryEntity entity : due) {
            String token = UUID.randomUUID().toString();
            entity.lease(leaseUntil, token);
            claims.add(new ClaimedDelivery(WebhookDeliveryMapper.toDomain(entity), token));
        }
        entityManager.flush();
        return claims;
    }

    /**
     * Locks the row and compares the token: a claimant whose lease expired and was re-claimed (or
     * whose delivery was cancelled meanwhile) gets false and writes nothing.
     */
    @Override
    public boolean recordAttempt(ClaimedDelivery claim, DeliveryAttempt attempt) {
        WebhookDeliveryEntity entity = entityManager.find(WebhookDeliveryEntity.class,
                claim.delivery().id().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || !entity.isLeasedWith(claim.leaseToken())) {
            return false;
        }
        WebhookDeliveryMapper.copyMutableState(claim.delivery(), entity);
        entity.releaseLease();
        entityManager.persist(WebhookDeliveryMapper.toEntity(attempt, claim.delivery().ownerId()));
        entityManager.flush();
        return true;
    }

    @Override
    public long countDue(Instant now) {
        return entityManager.createNamedQuery(WebhookDeliveryEntity.COUNT_DUE, Long.class)
                .setParameter("now", now)
                .getSingleResult();
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return entityManager.createNamedQuery(WebhookDeliveryEntity.DUE_TIMES, Instant.class)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
