package com.roleready.shared.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A throwaway database migrated by the production migrations, with the production persistence
 * unit opened on it outside the container (resource-local transactions instead of JTA).
 */
public abstract class TestDatabase implements AutoCloseable {

    private EntityManagerFactory factory;

    public abstract String name();

    public abstract DataSource dataSource();

    protected void open() {
        DatabaseMigrator.migrate(dataSource());
        factory = Persistence.createEntityManagerFactory("signals", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource(),
                "eclipselink.weaving", "false"));
    }

    public EntityManager newEntityManager() {
        return factory.createEntityManager();
    }

    /** Runs work in one committed transaction on the given entity manager; rolls back on failure. */
    public static void inTransaction(EntityManager entityManager, Consumer<EntityManager> work) {
        EntityTransaction tx = entityManager.getTransaction();
        tx.begin();
        try {
            work.accept(entityManager);
            tx.commit();
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        }
    }

    /**
     * Runs work in one committed transaction with an empty persistence context, as the container's
     * transaction-scoped one: every read goes to the database. Answers the work's result.
     */
    public static <T> T inFreshTransaction(EntityManager entityManager, Supplier<T> work) {
        entityManager.clear();
        AtomicReference<T> result = new AtomicReference<>();
        inTransaction(entityManager, em -> result.set(work.get()));
        return result.get();
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
