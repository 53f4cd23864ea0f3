package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.DurationHistogram;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * In-memory fake of the experimentation ports, held to the same contract as the JPA adapters. It
 * refuses what the database refuses (a second control, a duplicate label ignoring case, deleting a
 * variant with results, a result of an unknown variant) and copies objects in and out, so that a
 * change not saved is not stored. It cannot lock: use it single-threaded.
 */
public class InMemoryExperimentStore implements LoadExperimentPort, SaveVariantPort, SaveTestResultPort,
        VariantAggregatesPort, PurgeTestResultsPort {

    private static final Comparator<PromptVariant> BY_LABEL = Comparator.comparing(PromptVariant::label)
            .thenComparing(PromptVariant::id);

    private final Map<UUID, PromptVariant> variants = new LinkedHashMap<>();
    private final Map<UUID, VariantAggregate> aggregates = new LinkedHashMap<>();
    private final List<TestResult> results = new ArrayList<>();

    @Override
    public synchronized Experiment load(Operation operation) {
        return new Experiment(operation, variants.values().stream().filter(v -> v.operation() == operation)
                .sorted(BY_LABEL).map(InMemoryExperimentStore::copy).toList());
    }

    @Override
    public Experiment loadForUpdate(Operation operation) {
        return load(operation);
    }

    @Override
    public synchronized Optional<PromptVariant> loadVariant(UUID id) {
        return Optional.ofNullable(variants.get(id)).map(InMemoryExperimentStore::copy);
    }

    @Override
    public synchronized List<PromptVariant> loadAll() {
        return variants.values().stream()
                .sorted(Comparator.comparing((PromptVariant v) -> v.operation().wireName()).thenComparing(BY_LABEL))
                .map(InMemoryExperimentStore::copy).toList();
    }

    @Override
    public synchronized void saveNew(PromptVariant variant) {
        if (variants.containsKey(variant.id())) {
            throw new IllegalStateException("variant " + variant.id() + " is already stored");
        }
        requireConsistentWithOthers(variant);
        variants.put(variant.id(), copy(variant));
        aggregates.put(variant.id(), VariantAggregate.empty(variant.id()));
    }

    @Override
    public synchronized void update(PromptVariant variant) {
        if (!variants.containsKey(variant.id())) {
            throw new IllegalStateException("variant " + variant.id() + " is not stored");
        }
        requireConsistentWithOthers(variant);
        variants.put(variant.id(), copy(variant));
    }

    @Override
    public synchronized void delete(UUID id) {
        if (results.stream().anyMatch(r -> r.variantId().equals(id))) {
            throw new IllegalStateException("variant " + id + " has results and cannot be deleted");
        }
        aggregates.remove(id);
        variants.remove(id);
    }

    @Override
    public synchronized void save(TestResult result) {
        if (!variants.containsKey(result.variantId())) {
            throw new IllegalStateException("no variant " + result.variantId());
        }
        if (results.stream().anyMatch(r -> r.id().equals(result.id()))) {
            throw new IllegalStateException("result " + result.id() + " is already stored");
        }
        results.add(result); // a record of immutable values: nothing to copy
    }

    @Override
    public synchronized boolean anyFor(UUID variantId) {
        return results.stream().anyMatch(r -> r.variantId().equals(variantId));
    }

    @Override
    public synchronized int deleteRecordedBefore(Instant cutoff, int limit) {
        List<TestResult> expired = results.stream().filter(r -> r.recordedAt().isBefore(cutoff)).limit(limit)
                .toList();
        results.removeAll(expired);
        return expired.size();
    }

    /** What was stored for a result, for tests (the port itself offers no way to read results back). */
    public synchronized Optional<TestResult> storedResult(UUID id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public synchronized VariantAggregate lockForUpdate(UUID variantId) {
        VariantAggregate stored = aggregates.get(variantId);
        if (stored == null) {
            throw new IllegalStateException("variant " + variantId + " has no stored aggregate");
        }
        return copy(stored);
    }

    @Override
    public synchronized void save(VariantAggregate aggregate) {
        if (!aggregates.containsKey(aggregate.variantId())) {
            throw new IllegalStateException("variant " + aggregate.variantId() + " has no stored aggregate");
        }
        aggregates.put(aggregate.variantId(), copy(aggregate));
    }

    @Override
    public synchronized Map<UUID, VariantAggregate> load(Collection<UUID> variantIds) {
        Map<UUID, VariantAggregate> loaded = new LinkedHashMap<>();
        for (UUID id : variantIds) {
            VariantAggregate stored = aggregates.get(id);
            loaded.put(id, stored == null ? VariantAggregate.empty(id) : copy(stored));
        }
        return loaded;
    }

    /** The rules the database's unique indexes enforce across rows. */
    private void requireConsistentWithOthers(PromptVariant variant) {
        for (PromptVariant other : variants.values()) {
            if (other.id().equals(variant.id()) || other.operation() != variant.operation()) {
                continue;
            }
            if (other.label().equalsIgnoreCase(variant.label())) {
                throw new IllegalStateException(variant.operation().wireName() + " already has label " + other.label());
            }
            if (other.isControl() && variant.isControl()) {
                throw new IllegalStateException(variant.operation().wireName() + " already has a control");
            }
        }
    }

    private static PromptVariant copy(PromptVariant v) {
        return PromptVariant.rehydrate(v.id(), v.draft(), v.isControl(), v.isArchived(), v.createdAt(),
                v.createdBy(), v.updatedAt(), v.updatedBy());
    }

    private static VariantAggregate copy(VariantAggregate a) {
        return VariantAggregate.rehydrate(a.variantId(), a.totals(), DurationHistogram.decode(a.encodedDurations()));
    }
}
