package com.roleready.shared.adapter.persistence;

import com.roleready.shared.application.NotFoundException;
import com.roleready.shared.domain.ConflictException;
import com.roleready.shared.domain.DomainValidationException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The transactional boundary behind {@link JtaUnitOfWork}. Expected refusals are caught here, the transaction is
 * marked for rollback, and the refusal travels out as a value, so that nothing half-written is committed and no FFDC
 * incident is written for an ordinary 4xx. Anything else (a bug, a database failure) passes through unchanged.
 */
@ApplicationScoped
public class TransactionalWork {

    @Resource
    TransactionSynchronizationRegistry registry;

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> Outcome<T> run(Supplier<T> work) {
        try {
            return new Outcome<>(work.get(), null);
        } catch (DomainValidationException | ConflictException | NotFoundException refusal) {
            registry.setRollbackOnly();
            return new Outcome<>(null, refusal);
        }
    }

    /** The work's value, or the refusal to rethrow once the transaction has ended. */
    public record Outcome<T>(T value, RuntimeException refusal) {

        T valueOrThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return value;
        }
    }
}
