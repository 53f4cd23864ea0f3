package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.allocation.Arm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active variants of each operation with their aggregates, as assignments see them. Assignment
 * is the hot path (every AI call asks), so a snapshot is reused for a short time instead of two
 * queries per call; this server's admin writes drop it at once, other servers' within the TTL.
 */
public class AssignableVariants {

    private final LoadExperimentPort experiments;
    private final VariantAggregatesPort aggregates;
    private final ExperimentationContext context;
    private final Map<Operation, Snapshot> snapshots = new ConcurrentHashMap<>();

    public AssignableVariants(LoadExperimentPort experiments, VariantAggregatesPort aggregates,
                              ExperimentationContext context) {
        this.experiments = experiments;
        this.aggregates = aggregates;
        this.context = context;
    }

    public Snapshot of(Operation operation) {
        Instant now = context.now();
        Snapshot current = snapshots.get(operation);
        if (current != null && now.isBefore(current.expiresAt())) {
            return current;
        }
        Snapshot fresh = context.unitOfWork().inTransaction(() -> read(operation, now));
        snapshots.put(operation, fresh);
        return fresh;
    }

    public void invalidate(Operation operation) {
        snapshots.remove(operation);
    }

    private Snapshot read(Operation operation, Instant now) {
        List<PromptVariant> variants = experiments.load(operation).assignable();
        Map<java.util.UUID, VariantAggregate> totals = aggregates.load(variants.stream().map(PromptVariant::id).toList());
        List<Arm> arms = new ArrayList<>(variants.size());
        for (PromptVariant variant : variants) {
            VariantAggregate aggregate = totals.get(variant.id());
            arms.add(new Arm(variant.id(), variant.draft().effectiveWeight(), aggregate.count(),
                    aggregate.rewardSum()));
        }
        return new Snapshot(List.copyOf(variants), List.copyOf(arms), now.plus(context.settings().assignmentCacheTtl()));
    }

    /** Variants and arms in the same order (by label). */
    public record Snapshot(List<PromptVariant> variants, List<Arm> arms, Instant expiresAt) {

        public PromptVariant variant(java.util.UUID id) {
            for (PromptVariant variant : variants) {
                if (variant.id().equals(id)) {
                    return variant;
                }
            }
            throw new IllegalStateException("allocation chose " + id + ", which is not among the arms");
        }
    }
}
