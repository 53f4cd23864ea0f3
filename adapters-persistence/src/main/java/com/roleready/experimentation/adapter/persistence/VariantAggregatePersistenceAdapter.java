package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.domain.VariantAggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The running aggregates, one row per variant, in the caller's transaction. Recording locks the
 * row (SELECT ... FOR UPDATE) until commit, so concurrent recordings on one variant add up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VariantAggregatePersistenceAdapter implements VariantAggregatesPort {

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected VariantAggregatePersistenceAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    VariantAggregatePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every stored variant has its row (saved with it), so a missing one is a bug, not an empty aggregate. */
    @Override
    public VariantAggregate lockForUpdate(UUID variantId) {
        VariantAggregateEntity entity = entityManager.find(VariantAggregateEntity.class, variantId.toString(),
                LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new IllegalStateException("variant " + variantId + " has no stored aggregate");
        }
        return VariantAggregateMapper.toDomain(entity);
    }

    @Override
    public void save(VariantAggregate aggregate) {
        VariantAggregateEntity entity = entityManager.find(VariantAggregateEntity.class,
                aggregate.variantId().toString());
        if (entity == null) {
            throw new IllegalStateException("variant " + aggregate.variantId() + " has no stored aggregate");
        }
        VariantAggregateMapper.copyMutableState(aggregate, entity);
        entityManager.flush();
    }

    @Override
    public Map<UUID, VariantAggregate> load(Collection<UUID> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = variantIds.stream().map(UUID::toString).distinct().toList();
        Map<UUID, VariantAggregate> stored = entityManager
                .createNamedQuery(VariantAggregateEntity.FIND_BY_IDS, VariantAggregateEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(VariantAggregateMapper::toDomain)
                .collect(Collectors.toMap(VariantAggregate::variantId, Function.identity()));
        Map<UUID, VariantAggregate> all = new LinkedHashMap<>();
        for (UUID id : variantIds) {
            all.put(id, stored.getOrDefault(id, VariantAggregate.empty(id)));
        }
        return all;
    }
}
