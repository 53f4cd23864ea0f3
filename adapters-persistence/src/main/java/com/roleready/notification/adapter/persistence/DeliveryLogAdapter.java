package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.DeliveryLogPage;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.application.port.out.LoadDeliveriesPort;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads deliveries and their attempts: one delivery, or a filtered page of an owner's log with its total. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryLogAdapter implements LoadDeliveriesPort {

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected DeliveryLogAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    DeliveryLogAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Delivery> loadById(UUID deliveryId) {
        return Optional.ofNullable(entityManager.find(WebhookDeliveryEntity.class, deliveryId.toString()))
                .map(WebhookDeliveryMapper::toDomain);
    }

    @Override
    public Optional<Delivery> loadForUpdate(UUID deliveryId) {
        return Optional.ofNullable(entityManager.find(WebhookDeliveryEntity.class, deliveryId.toString(),
                LockModeType.PESSIMISTIC_WRITE)).map(WebhookDeliveryMapper::toDomain);
    }

    /** Newest first (ties by id, so pages never overlap); the owner's index (owner_id, created_at) serves it. */
    @Override
    public DeliveryLogPage loadLog(DeliveryLogQuery query) {
        String where = " WHERE d.ownerId = :ownerId"
                + (query.eventType() == null ? "" : " AND d.eventType = :eventType")
                + (query.state() == null ? "" : " AND d.state = :state")
                + (query.endpointId() == null ? "" : " AND d.endpointId = :endpointId");
        long total = bind(entityManager.createQuery("SELECT COUNT(d) FROM WebhookDeliveryEntity d" + where,
                Long.class), query).getSingleResult();
        List<WebhookDeliveryEntity> rows = bind(entityManager.createQuery("SELECT d FROM WebhookDeliveryEntity d"
                + where + " ORDER BY d.createdAt DESC, d.id DESC", WebhookDeliveryEntity.class), query)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultList();
        Map<String, List<DeliveryAttempt>> attempts = attemptsOf(rows.stream().map(WebhookDeliveryEntity::id).toList());
        List<DeliveryLogPage.Entry> entries = rows.stream()
                .map(row -> new DeliveryLogPage.Entry(WebhookDeliveryMapper.toDomain(row),
                        attempts.getOrDefault(row.id(), List.of())))
                .toList();
        return new DeliveryLogPage(entries, total);
    }

    @Override
    public List<DeliveryAttempt> loadAttempts(UUID deliveryId) {
        return attemptsOf(List.of(deliveryId.toString())).getOrDefault(deliveryId.toString(), List.of());
    }

    /** The attempts of several deliveries in one query, each delivery's in attempt order. */
    private Map<String, List<DeliveryAttempt>> attemptsOf(List<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createNamedQuery(WebhookDeliveryAttemptEntity.FIND_OF_DELIVERIES, WebhookDeliveryAttemptEntity.class)
                .setParameter("deliveryIds", deliveryIds)
                .getResultStream()
                .collect(Collectors.groupingBy(WebhookDeliveryAttemptEntity::deliveryId, LinkedHashMap::new,
                        Collectors.mapping(WebhookDeliveryMapper::toDomain, Collectors.toList())));
    }

    private static <Q extends Query> Q bind(Q jpql, DeliveryLogQuery query) {
        jpql.setParameter("ownerId", query.ownerId());
        if (query.eventType() != null) {
            jpql.setParameter("eventType", query.eventType().wireName());
        }
        if (query.state() != null) {
            jpql.setParameter("state", query.state().name());
        }
        if (query.endpointId() != null) {
            jpql.setParameter("endpointId", query.endpointId().toString());
        }
        return jpql;
    }
}
