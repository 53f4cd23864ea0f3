package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryQueuePort;
import com.roleready.shared.adapter.persistence.InstantAsUtcDateTimeConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    /**
     * The returned deliveries carry {@code leaseUntil} as their next-attempt time, as stored. One round
     * trip selects and locks the batch, one UPDATE leases all of it: the batch shares one fresh random
     * token, which identifies this claim exactly as well as one token per row would.
     */
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
        if (due.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>(due.size());
        List<ClaimedDelivery> claims = new ArrayList<>(due.size());
        for (WebhookDeliveryEntity entity : due) {
            entityManager.detach(entity); // the UPDATE below writes the lease, not a flush of each entity
            entity.lease(leaseUntil, token);
            ids.add(entity.id());
            claims.add(new ClaimedDelivery(WebhookDeliveryMapper.toDomain(entity), token));
        }
        entityManager.createNamedQuery(WebhookDeliveryEntity.LEASE)
                .setParameter("until", leaseUntil)
                .setParameter("token", token)
                .setParameter("ids", ids)
                .executeUpdate();
        return claims;
    }

    /**
     * Writes each new state with one UPDATE that only matches while the row is pending and leased with its claim's
     * token (the UPDATE locks the row and compares atomically): a claimant whose lease expired and was re-claimed
     * (or whose delivery was cancelled meanwhile) gets false and writes nothing. The attempts of the rows still
     * held are inserted after all the UPDATEs, so that JDBC batch writing sends them in one round trip (a query
     * issued in between would flush them one by one).
     */
    @Override
    public List<Boolean> recordAttempts(List<AttemptRecord> records) {
        List<Boolean> recorded = new ArrayList<>(records.size());
        for (AttemptRecord record : records) {
            recorded.add(updateUnderLease(record.claim()));
        }
        boolean inserted = false;
        for (int i = 0; i < records.size(); i++) {
            AttemptRecord record = records.get(i);
            if (recorded.get(i) && record.attempt() != null) {
                entityManager.persist(WebhookDeliveryMapper.toEntity(record.attempt(),
                        record.claim().delivery().ownerId()));
                inserted = true;
            }
        }
        if (inserted) {
            entityManager.flush();
        }
        return recorded;
    }

    private boolean updateUnderLease(ClaimedDelivery claim) {
        WebhookDeliveryEntity values = WebhookDeliveryMapper.toNewEntity(claim.delivery()); // never persisted
        return entityManager.createNamedQuery(WebhookDeliveryEntity.RECORD_UNDER_LEASE)
                .setParameter("state", values.state())
                .setParameter("attempts", values.attempts())
                .setParameter("roundStart", values.roundStart())
                .setParameter("nextAttemptAt", values.nextAttemptAt())
                .setParameter("completedAt", values.completedAt())
                .setParameter("lastStatusCode", values.lastStatusCode())
                .setParameter("lastError", values.lastError())
                .setParameter("id", values.id())
                .setParameter("token", claim.leaseToken())
                .executeUpdate() == 1;
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
