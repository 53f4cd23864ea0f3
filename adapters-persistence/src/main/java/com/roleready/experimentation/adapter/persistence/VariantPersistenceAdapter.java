package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.SaveVariantPort;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantAggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes prompt variants with JPA, in the caller's transaction (the application's
 * UnitOfWork); MANDATORY makes a missing transaction boundary fail loudly. The database guards
 * the rules that span rows: one control per operation, labels unique per operation ignoring case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VariantPersistenceAdapter implements LoadExperimentPort, SaveVariantPort {

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected VariantPersistenceAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    VariantPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Experiment load(Operation operation) {
        return new Experiment(operation, variantsOf(operation, LockModeType.NONE));
    }

    /**
     * Locks the operation's seeded row, which exists whether or not the operation has variants, so
     * that a second writer waits here until the first commits. The variants are then read with a
     * locking read too: it returns the latest committed rows even where the transaction already holds
     * an older snapshot (MariaDB's REPEATABLE READ).
     */
    @Override
    public Experiment loadForUpdate(Operation operation) {
        ExperimentOperationEntity locked = entityManager.find(ExperimentOperationEntity.class, operation.wireName(),
                LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) {
            throw new IllegalStateException("operation " + operation.wireName() + " is missing from"
                    + " experiment_operation; the schema migration seeds every operation");
        }
        return new Experiment(operation, variantsOf(operation, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PromptVariant> loadVariant(UUID id) {
        return Optional.ofNullable(entityManager.find(PromptVariantEntity.class, id.toString()))
                .map(PromptVariantMapper::toDomain);
    }

    @Override
    public List<PromptVariant> loadAll() {
        return entityManager.createNamedQuery(PromptVariantEntity.FIND_ALL, PromptVariantEntity.class)
                .getResultStream()
                .map(PromptVariantMapper::toDomain)
                .toList();
    }

    @Override
    public void saveNew(PromptVariant variant) {
        entityManager.persist(PromptVariantMapper.toNewEntity(variant));
        // The aggregate refers to the variant by a plain column, so EclipseLink does not order the inserts:
        // write the variant first. This also surfaces a racing duplicate label or control here.
        entityManager.flush();
        entityManager.persist(VariantAggregateMapper.toNewEntity(VariantAggregate.empty(variant.id())));
        entityManager.flush();
    }

    /**
     * Flushes each update on its own: EclipseLink would otherwise write the changes of one transaction
     * ordered by id, and a promotion could then set the new control before clearing the old one, which
     * the one-control index refuses.
     */
    @Override
    public void update(PromptVariant variant) {
        PromptVariantEntity entity = entityManager.find(PromptVariantEntity.class, variant.id().toString());
        if (entity == null) {
            throw new IllegalStateException("variant " + variant.id() + " is not stored");
        }
        PromptVariantMapper.copyMutableState(variant, entity);
        entityManager.flush();
    }

    /** The aggregate goes first (it refers to the variant); a variant with results is refused by their foreign key. */
    @Override
    public void delete(UUID id) {
        VariantAggregateEntity aggregate = entityManager.find(VariantAggregateEntity.class, id.toString());
        if (aggregate != null) {
            entityManager.remove(aggregate);
            entityManager.flush();
        }
        PromptVariantEntity variant = entityManager.find(PromptVariantEntity.class, id.toString());
        if (variant != null) {
            entityManager.remove(variant);
            entityManager.flush();
        }
    }

    private List<PromptVariant> variantsOf(Operation operation, LockModeType lock) {
        return entityManager.createNamedQuery(PromptVariantEntity.FIND_OF_OPERATION, PromptVariantEntity.class)
                .setParameter("operation", operation.wireName())
                .setLockMode(lock)
                .getResultStream()
                .map(PromptVariantMapper::toDomain)
                .toList();
    }
}
