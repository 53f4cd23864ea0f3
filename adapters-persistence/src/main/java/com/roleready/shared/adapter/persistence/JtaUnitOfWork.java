package com.roleready.shared.adapter.persistence;

import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** The container's JTA transaction: joins one that is open, else opens and commits (or rolls back) one. */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** Annotated too: the interface's default method would otherwise rely on self-interception. */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void inTransaction(Runnable work) {
        work.run();
    }
}
