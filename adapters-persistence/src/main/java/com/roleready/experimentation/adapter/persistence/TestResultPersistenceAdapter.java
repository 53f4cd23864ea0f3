package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.application.port.out.SaveTestResultPort;
import com.roleready.experimentation.domain.TestResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Writes recorded test results in the caller's transaction; they are read back only as aggregates. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TestResultPersistenceAdapter implements SaveTestResultPort {

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected TestResultPersistenceAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    TestResultPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(TestResult result) {
        entityManager.persist(ExperimentTestResultMapper.toEntity(result));
        // An unknown variant (foreign key) fails here, inside the caller's unit of work.
        entityManager.flush();
    }

    /** Reads one id at most, through the (variant_id, recorded_at) index. */
    @Override
    public boolean anyFor(UUID variantId) {
        return !entityManager.createNamedQuery(ExperimentTestResultEntity.IDS_OF_VARIANT, String.class)
                .setParameter("variantId", variantId.toString())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
