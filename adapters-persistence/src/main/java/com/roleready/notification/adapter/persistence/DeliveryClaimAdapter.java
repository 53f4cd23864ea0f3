package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryQueuePort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.shared.adapter.persistence.PlainJdbc;
import com.roleready.shared.domain.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    static final String CLAIM_DUE_SQL = "SELECT id, event_id, endpoint_id, owner_id, event_type, payload, state,"
            + " attempts, round_start, completed_at, last_status_code, last_error, created_at FROM webhook_delivery"
            + " WHERE state = 'PENDING' AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String LEASE_SQL = "UPDATE webhook_delivery SET next_attempt_at = ?, lease_token = ?,"
            + " version = version + 1 WHERE id IN (%s)";
    /** Matches only while the row is pending and leased with the claim's token; the UPDATE compares atomically. */
    static final String RECORD_UNDER_LEASE_SQL = "UPDATE webhook_delivery SET state = ?, attempts = ?, round_start = ?,"
            + " next_attempt_at = ?, completed_at = ?, last_status_code = ?, last_error = ?, lease_token = NULL,"
            + " version = version + 1 WHERE id = ? AND lease_token = ? AND state = 'PENDING'";
    private static final String INSERT_ATTEMPT = "INSERT INTO webhook_delivery_attempt (id, delivery_id, owner_id,"
            + " attempt_no, started_at, duration_ms, outcome, status_code, error, response_snippet, location)";
    private static final String ATTEMPT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
     * token, which identifies this claim exactly as well as one token per row would. Plain JDBC: mapping the
     * rows into entities only to detach them again cost a fifth of a delivery's CPU (docs/PERFORMANCE.md).
     */
    @Override
    public List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Connection connection = PlainJdbc.connectionOf(entityManager);
        try {
            List<Delivery> due = selectDue(connection, now, leaseUntil, limit);
            if (due.isEmpty()) {
                return List.of();
            }
            String token = UUID.randomUUID().toString();
            lease(connection, due, leaseUntil, token);
            List<ClaimedDelivery> claims = new ArrayList<>(due.size());
            due.forEach(delivery -> claims.add(new ClaimedDelivery(delivery, token)));
            return claims;
        } catch (SQLException e) {
            throw PlainJdbc.failed("claiming due deliveries", e);
        }
    }

    private static List<Delivery> selectDue(Connection connection, Instant now, Instant leaseUntil, int limit)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CLAIM_DUE_SQL)) {
            PlainJdbc.setInstant(select, 1, now);
            select.setInt(2, limit);
            List<Delivery> due = new ArrayList<>(limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(WebhookDeliveryMapper.toDomain(row, leaseUntil));
                }
            }
            return due;
        }
    }

    private static void lease(Connection connection, List<Delivery> due, Instant leaseUntil, String token)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                LEASE_SQL.formatted(PlainJdbc.placeholders(due.size())))) {
            PlainJdbc.setInstant(update, 1, leaseUntil);
            update.setString(2, token);
            for (int i = 0; i < due.size(); i++) {
                update.setString(3 + i, due.get(i).id().toString());
            }
            update.executeUpdate();
        }
    }

    /**
     * Writes each new state with one UPDATE that only matches while the row is pending and leased with its claim's
     * token (the UPDATE locks the row and compares atomically): a claimant whose lease expired and was re-claimed
     * (or whose delivery was cancelled meanwhile) gets false and writes nothing. The UPDATEs go as one JDBC batch,
     * then the attempts of the rows still held as one multi-row INSERT: two round trips for the whole group.
     */
    @Override
    public List<Boolean> recordAttempts(List<AttemptRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Connection connection = PlainJdbc.connectionOf(entityManager);
        try {
            List<Boolean> recorded = updateUnderLease(connection, records);
            insertAttempts(connection, records, recorded);
            return recorded;
        } catch (SQLException e) {
            throw PlainJdbc.failed("recording delivery attempts", e);
        }
    }

    private static List<Boolean> updateUnderLease(Connection connection, List<AttemptRecord> records)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RECORD_UNDER_LEASE_SQL)) {
            if (records.size() == 1) {
                bindRecord(update, records.get(0).claim());
                return List.of(update.executeUpdate() == 1);
            }
            for (AttemptRecord record : records) {
                bindRecord(update, record.claim());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            List<Boolean> recorded = new ArrayList<>(counts.length);
            for (int count : counts) {
                if (count < 0) {
                    // e.g. MariaDB's useBulkStmts=true answers SUCCESS_NO_INFO: the lease check would be blind.
                    // Failing rolls the group back; the dispatcher then records each outcome on its own.
                    throw new IllegalStateException("the JDBC driver gave no update count for a batched UPDATE;"
                            + " do not enable useBulkStmts on the database URL");
                }
                recorded.add(count == 1);
            }
            return recorded;
        }
    }

    private static void bindRecord(PreparedStatement update, ClaimedDelivery claim) throws SQLException {
        Delivery delivery = claim.delivery();
        update.setString(1, delivery.state().name());
        update.setInt(2, delivery.attempts());
        update.setInt(3, delivery.roundStart());
        PlainJdbc.setInstant(update, 4, delivery.nextAttemptAt());
        PlainJdbc.setInstant(update, 5, delivery.completedAt());
        PlainJdbc.setInteger(update, 6, delivery.lastStatusCode());
        PlainJdbc.setText(update, 7, WebhookDeliveryMapper.fit(delivery.lastError(), WebhookDeliveryMapper.MAX_ERROR));
        update.setString(8, delivery.id().toString());
        update.setString(9, claim.leaseToken());
    }

    private static void insertAttempts(Connection connection, List<AttemptRecord> records, List<Boolean> recorded)
            throws SQLException {
        List<AttemptRecord> held = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (recorded.get(i) && records.get(i).attempt() != null) {
                held.add(records.get(i));
            }
        }
        PlainJdbc.insertAll(connection, INSERT_ATTEMPT, ATTEMPT_VALUES, 11, held, DeliveryClaimAdapter::textChars,
                DeliveryClaimAdapter::bindAttempt);
    }

    private static int textChars(AttemptRecord record) {
        DeliveryAttempt attempt = record.attempt();
        return length(attempt.error()) + length(attempt.responseSnippet()) + length(attempt.location());
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static void bindAttempt(PreparedStatement insert, int first, AttemptRecord record) throws SQLException {
        DeliveryAttempt attempt = record.attempt();
        insert.setString(first, TimeOrderedIds.next().toString());
        insert.setString(first + 1, attempt.deliveryId().toString());
        insert.setString(first + 2, record.claim().delivery().ownerId());
        insert.setInt(first + 3, attempt.number());
        PlainJdbc.setInstant(insert, first + 4, attempt.startedAt());
        insert.setLong(first + 5, attempt.duration().toMillis());
        insert.setString(first + 6, attempt.outcome().name());
        PlainJdbc.setInteger(insert, first + 7, attempt.statusCode());
        PlainJdbc.setText(insert, first + 8, WebhookDeliveryMapper.fit(attempt.error(), WebhookDeliveryMapper.MAX_ERROR));
        PlainJdbc.setText(insert, first + 9,
                WebhookDeliveryMapper.fit(attempt.responseSnippet(), WebhookDeliveryMapper.MAX_SNIPPET));
        PlainJdbc.setText(insert, first + 10,
                WebhookDeliveryMapper.fit(attempt.location(), WebhookDeliveryMapper.MAX_LOCATION));
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
