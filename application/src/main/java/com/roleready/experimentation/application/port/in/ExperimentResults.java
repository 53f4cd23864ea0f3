package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import java.util.List;
import java.util.UUID;

/**
 * Everything measured for one operation: each variant's figures and each non-control variant
 * compared with the control. Every number is finite (JSON carries no NaN); where a figure is
 * undefined the comparison's {@code note} says why.
 */
public record ExperimentResults(Operation operation, List<VariantResults> variants,
                                List<VariantComparison> comparisons, SampleRatioCheck sampleRatio) {

    /** @param meanQuality null when no result of this variant carried a quality score */
    public record VariantResults(UUID variantId, String variant, String name, boolean control, boolean active,
                                 boolean archived, long n, long successes, double successRate, Double meanQuality,
                                 long qualityScored, double meanDurationMs, long p50DurationMs, long p95DurationMs,
                                 double meanTokens, double totalCostUsd, double meanCostUsd) {
    }

    /** One metric of a variant against the control; difference = variant − control. */
    public record MetricComparison(String test, double control, double variant, double difference,
                                   double relativeDifference, double ciLower, double ciUpper, double pValue,
                                   String note) {
    }

    public record VariantComparison(UUID variantId, String variant, MetricComparison successRate,
                                    MetricComparison qualityScore, MetricComparison durationMs,
                                    MetricComparison tokensUsed, MetricComparison costUsd,
                                    double chanceToBeatControl) {
    }

    /** Whether the observed split of results departs from the intended split (a broken assignment). */
    public record SampleRatioCheck(List<Double> expectedShares, List<Long> observed, double pValue, boolean mismatch,
                                   String note) {
    }
}
