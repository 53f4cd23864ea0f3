package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.application.port.out.PurgeTestResultsPort;
import com.roleready.experimentation.application.port.out.SaveTestResultPort;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.shared.adapter.persistence.ExpiredRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes recorded test results in the caller's transaction; they are read back only as aggregates.
 * Deletes expired ones in batches for the retention purge ({@link ExpiredRows}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TestResultPersistenceAdapter implements SaveTestResultPort, PurgeTestResultsPort {

    /** Through ix_experiment_test_result_recorded (V4). */
    static final String EXPIRED_IDS_SQL = "SELECT id FROM experiment_test_result WHERE recorded_at < ?1"
            + " LIMIT ?2 FOR UPDATE SKIP LOCKED";
    static final String DELETE_SQL = "DELETE FROM experiment_test_result WHERE id = ?1";

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

    @Override
    public int deleteRecordedBefore(Instant cutoff, int limit) {
        List<String> ids = ExpiredRows.lockIds(entityManager, EXPIRED_IDS_SQL, cutoff, limit);
        return ExpiredRows.deleteEach(entityManager, DELETE_SQL, ids);
    }
}
