package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.CreateVariantCommand;
import com.roleready.experimentation.application.port.in.RecordTestResultCommand;
import com.roleready.experimentation.application.port.out.ExperimentMetricsPort;
import com.roleready.experimentation.application.port.out.InMemoryExperimentStore;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.allocation.AllocationStrategy;
import com.roleready.shared.application.ImmediateUnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The experimentation services wired to the in-memory store, a fixed clock and seeded randomness. */
class ExperimentationFixture {

    final InMemoryExperimentStore store = new InMemoryExperimentStore();
    final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
    final List<String> metrics = new ArrayList<>();
    final ExperimentationContext context = new ExperimentationContext(unitOfWork,
            Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC), new SplittableRandom(7),
            ExperimentationContext.ExperimentSettings.defaults());
    final ExperimentMetricsPort metricsPort = new ExperimentMetricsPort() {
        @Override
        public void assigned(Operation operation, String variantLabel, AllocationStrategy strategy) {
            metrics.add("assigned:" + operation.wireName() + ":" + variantLabel + ":" + strategy.wireName());
        }

        @Override
        public void resultRecorded(Operation operation, String variantLabel, boolean success) {
            metrics.add("recorded:" + operation.wireName() + ":" + variantLabel + ":" + success);
        }
    };
    final AssignableVariants assignable = new AssignableVariants(store, store, context);
    final VariantService variants = new VariantService(store, store, store, store, assignable, context);
    final AssignmentService assignments = new AssignmentService(assignable, metricsPort, context);
    final RecordTestResultService recording = new RecordTestResultService(store, store, store, metricsPort, context);
    final ExperimentResultsService results = new ExperimentResultsService(store, store, context);

    PromptVariant create(Operation operation, String label) {
        return variants.create(CreateVariantCommand.of(operation.wireName(), label, "variant " + label,
                "Prompt " + label, true, false, null, "admin"));
    }

    void record(PromptVariant variant, boolean success, double quality) {
        recording.record(new RecordTestResultCommand("user-" + UUID.randomUUID(), variant.id(), variant.operation(),
                null, success, quality, 1200, 900, 0.002, null, null));
    }

    /** Exactly {@code successes} successes out of {@code n}, all scored {@code quality}. */
    void recordMany(PromptVariant variant, int n, int successes, double quality) {
        for (int i = 0; i < n; i++) {
            record(variant, i < successes, quality);
        }
    }
}
