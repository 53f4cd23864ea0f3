package com.roleready.shared.application;

import java.util.function.Supplier;

/** Test double: runs the work directly and counts how often a transaction was opened. */
public class ImmediateUnitOfWork implements UnitOfWork {

    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public int transactions() {
        return transactions;
    }
}
