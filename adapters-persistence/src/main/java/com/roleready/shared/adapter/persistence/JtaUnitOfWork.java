package com.roleready.shared.adapter.persistence;

import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The container's JTA transaction: joins one that is open, else opens and commits (or rolls back) one.
 *
 * <p>An expected refusal (validation, conflict, not found) rolls the transaction back but is rethrown only after the
 * transactional boundary has been left: an exception that passes through Liberty's transaction interceptor writes an
 * FFDC incident file, which is meant for bugs, not for a 409 (ADR 0003).
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    private final TransactionalWork transactional;

    @Inject
    public JtaUnitOfWork(TransactionalWork transactional) {
        this.transactional = transactional;
    }

    /** For CDI's proxy only. */
    protected JtaUnitOfWork() {
        this.transactional = null;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactional.run(work).valueOrThrow();
    }

    @Override
    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
