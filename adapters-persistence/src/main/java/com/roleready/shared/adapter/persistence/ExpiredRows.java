package com.roleready.shared.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One batch of the retention purge, in the caller's (short) transaction: pick at most {@code limit}
 * expired ids with {@code FOR UPDATE SKIP LOCKED}, then delete exactly those.
 *
 * <p>Several servers may purge at once: each locks the rows it picked, and the others skip them
 * instead of waiting, so concurrent purges delete disjoint batches. Until the commit nobody can
 * change a locked row (a failed delivery cannot be redelivered meanwhile), so each row is then
 * deleted by its primary key alone, one statement per id. A single {@code DELETE ... WHERE id IN
 * (...)} is not safe: on a small or freshly filled table MariaDB may scan it instead of using the
 * primary key, lock rows of another purger's batch and deadlock with it (seen in
 * DeliveryPurgeAdapterContractTest). The SELECT has no ORDER BY: the oldest rows need not go
 * first, and without a sort the database stops at the limit.
 */
public final class ExpiredRows {

    private static final InstantAsUtcDateTimeConverter UTC = new InstantAsUtcDateTimeConverter();

    private ExpiredRows() {
    }

    /**
     * @param selectIdsSql a native SELECT of one id column with {@code ?1} for the cutoff and
     *                     {@code ?2} for the limit, ending in {@code FOR UPDATE SKIP LOCKED}
     */
    public static List<String> lockIds(EntityManager entityManager, String selectIdsSql, Instant cutoff, int limit) {
        List<?> rows = entityManager.createNativeQuery(selectIdsSql)
                .setParameter(1, UTC.convertToDatabaseColumn(cutoff))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(id -> id.toString().trim()).toList();
    }

    /**
     * Runs {@code deleteByIdSql} (a native DELETE with {@code ?1} for the primary key) once per id.
     *
     * @return the number of rows deleted
     */
    public static int deleteEach(EntityManager entityManager, String deleteByIdSql, List<String> ids) {
        int deleted = 0;
        for (String id : ids) {
            deleted += entityManager.createNativeQuery(deleteByIdSql).setParameter(1, id).executeUpdate();
        }
        return deleted;
    }

    /** The native query {@code sqlPrefix + " IN (?1, ?2, ...)"} with the ids bound; ids must not be empty. */
    public static Query query(EntityManager entityManager, String sqlPrefix, List<String> ids) {
        String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", ", " IN (", ")"));
        Query query = entityManager.createNativeQuery(sqlPrefix + placeholders);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        return query;
    }
}
