package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.DeliveryStatsPort;
import com.roleready.shared.adapter.persistence.InstantAsUtcDateTimeConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Aggregates computed by the database: no delivery rows are loaded. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryStatsAdapter implements DeliveryStatsPort {

    /** Served by the index (owner_id, created_at). */
    static final String COUNTS_BY_EVENT_TYPE_SQL = "SELECT event_type, COUNT(*),"
            + " SUM(CASE WHEN state = 'DELIVERED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'PENDING' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'CANCELLED' THEN 1 ELSE 0 END),"
            + " SUM(attempts)"
            + " FROM webhook_delivery WHERE owner_id = ?1 AND created_at >= ?2"
            + " GROUP BY event_type ORDER BY event_type";
    private static final InstantAsUtcDateTimeConverter UTC = new InstantAsUtcDateTimeConverter();

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected DeliveryStatsAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    DeliveryStatsAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked") // a native query without a result class returns Object[] rows
    public List<EventTypeCounts> countsByEventType(String ownerId, Instant since) {
        List<Object[]> rows = entityManager.createNativeQuery(COUNTS_BY_EVENT_TYPE_SQL)
                .setParameter(1, ownerId)
                .setParameter(2, UTC.convertToDatabaseColumn(since))
                .getResultList();
        return rows.stream().map(row -> new EventTypeCounts((String) row[0], count(row[1]), count(row[2]),
                count(row[3]), count(row[4]), count(row[5]), count(row[6]))).toList();
    }

    /** Served by the index (owner_id, started_at) of the attempt log, newest first. */
    @Override
    public List<Long> recentAttemptDurationsMillis(String ownerId, Instant since, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return entityManager.createNamedQuery(WebhookDeliveryAttemptEntity.RECENT_DURATIONS, Long.class)
                .setParameter("ownerId", ownerId)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /** COUNT and SUM come back as Long, BigDecimal or BigInteger depending on the database. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
