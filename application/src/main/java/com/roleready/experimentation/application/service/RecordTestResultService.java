package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.RecordTestResultCommand;
import com.roleready.experimentation.application.port.in.RecordTestResultUseCase;
import com.roleready.experimentation.application.port.out.ExperimentMetricsPort;
import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.SaveTestResultPort;
import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.shared.domain.DomainValidationException;
import java.util.UUID;

/** Stores a result and folds it into its variant's running aggregate, in one transaction. */
public class RecordTestResultService implements RecordTestResultUseCase {

    private final LoadExperimentPort load;
    private final SaveTestResultPort results;
    private final VariantAggregatesPort aggregates;
    private final ExperimentMetricsPort metrics;
    private final ExperimentationContext context;

    public RecordTestResultService(LoadExperimentPort load, SaveTestResultPort results,
                                   VariantAggregatesPort aggregates, ExperimentMetricsPort metrics,
                                   ExperimentationContext context) {
        this.load = load;
        this.results = results;
        this.aggregates = aggregates;
        this.metrics = metrics;
        this.context = context;
    }

    @Override
    public TestResult record(RecordTestResultCommand c) {
        TestResult result = new TestResult(UUID.randomUUID(), c.variantId(), c.operation(), c.userId(), c.success(),
                c.qualityScore(), c.durationMs(), c.tokensUsed(), c.costUsd(), c.inputHash(), c.outputMetricsJson(),
                context.now());
        PromptVariant variant = context.unitOfWork().inTransaction(() -> {
            PromptVariant recordedFor = recordable(c);
            results.save(result);
            VariantAggregate aggregate = aggregates.lockForUpdate(result.variantId());
            aggregate.record(result);
            aggregates.save(aggregate);
            return recordedFor;
        });
        metrics.resultRecorded(result.operation(), variant.label(), result.success());
        return result;
    }

    /** The variant must exist, belong to the operation, match the label if one was sent, and not be archived. */
    private PromptVariant recordable(RecordTestResultCommand c) {
        PromptVariant variant = load.loadVariant(c.variantId()).orElseThrow(() ->
                new DomainValidationException("variantId", "no variant " + c.variantId()));
        if (variant.operation() != c.operation()) {
            throw new DomainValidationException("variantId", "variant " + variant.label() + " belongs to "
                    + variant.operation().wireName() + ", not " + c.operation().wireName());
        }
        if (c.variantLabel() != null && !c.variantLabel().equals(variant.label())) {
            throw new DomainValidationException("variant", "variant " + c.variantId() + " is labelled "
                    + variant.label() + ", not " + c.variantLabel());
        }
        if (variant.isArchived()) {
            throw new DomainValidationException("variantId", "variant " + variant.label()
                    + " is archived and takes no more results");
        }
        return variant;
    }
}
