package com.roleready.experimentation.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InMemoryExperimentStoreTest extends ExperimentStoreContract {

    private final InMemoryExperimentStore store = new InMemoryExperimentStore();

    @Override
    protected LoadExperimentPort load() {
        return store;
    }

    @Override
    protected SaveVariantPort saveVariant() {
        return store;
    }

    @Override
    protected SaveTestResultPort results() {
        return store;
    }

    @Override
    protected VariantAggregatesPort aggregates() {
        return store;
    }

    @Override
    protected PurgeTestResultsPort purge() {
        return store;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    protected Optional<TestResult> storedResult(UUID id) {
        return store.storedResult(id);
    }

    /** A database row does not change when the object it was read into does; neither may the fake's copy. */
    @Test
    void changingALoadedOrSavedObjectWithoutSavingChangesNothingStored() {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));
        store.load(Operation.TAILORING).remove(b.id(), true, "admin", T0.plusSeconds(1)); // archives the copy only
        VariantAggregate locked = store.lockForUpdate(a.id());
        locked.record(result(a.id(), Operation.TAILORING, true, 60.0, 20));
        VariantAggregate saved = store.lockForUpdate(a.id());
        store.save(saved);
        saved.record(result(a.id(), Operation.TAILORING, true, 60.0, 20));

        assertThat(store.loadVariant(b.id()).orElseThrow().isArchived()).isFalse();
        assertThat(store.load(List.of(a.id())).get(a.id()).count()).isZero();
    }
}
