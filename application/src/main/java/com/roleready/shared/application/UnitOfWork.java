package com.roleready.shared.application;

import java.util.function.Supplier;

/**
 * Outbound port: runs work in one database transaction. Services use it where several writes
 * must commit or roll back together, so they stay plain Java and the transaction boundary is
 * visible in the orchestration instead of hidden in an annotation.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
