package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.ExperimentResults;
import com.roleready.experimentation.application.port.in.ExperimentResults.MetricComparison;
import com.roleready.experimentation.application.port.in.ExperimentResults.SampleRatioCheck;
import com.roleready.experimentation.application.port.in.ExperimentResults.VariantComparison;
import com.roleready.experimentation.application.port.in.ExperimentResults.VariantResults;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything measured for one operation. Rates are fractions 0..1, differences are variant minus
 * control; a figure that is undefined (e.g. no data yet) is absent, never NaN.
 */
@Schema(name = "ExperimentResults")
@JsonbPropertyOrder({"operation", "variants", "comparisons", "sampleRatio"})
public record ResultsResponse(String operation, List<Variant> variants, List<Comparison> comparisons,
                              SampleRatio sampleRatio) {

    @Schema(name = "VariantResults")
    @JsonbPropertyOrder({"variantId", "variant", "name", "control", "active", "archived", "n", "successes",
            "successRate", "meanQuality", "qualityScored", "meanDurationMs", "p50DurationMs", "p95DurationMs",
            "meanTokens", "totalCostUsd", "meanCostUsd"})
    public record Variant(String variantId, String variant, String name,
                          @JsonbProperty("isControl") boolean control,
                          @JsonbProperty("isActive") boolean active,
                          boolean archived, long n, long successes, Double successRate,
                          @Schema(description = "Absent when no result carried a quality score") Double meanQuality,
                          long qualityScored, Double meanDurationMs, long p50DurationMs, long p95DurationMs,
                          Double meanTokens, Double totalCostUsd, Double meanCostUsd) {
    }

    @Schema(name = "MetricComparison")
    @JsonbPropertyOrder({"test", "control", "variant", "difference", "relativeDifference", "ciLower", "ciUpper",
            "pValue", "note"})
    public record Metric(String test, Double control, Double variant, Double difference, Double relativeDifference,
                         @Schema(description = "95 % confidence interval of the difference") Double ciLower,
                         Double ciUpper, Double pValue,
                         @Schema(description = "Why a figure is not meaningful, when it is not") String note) {
    }

    @Schema(name = "VariantComparison")
    @JsonbPropertyOrder({"variantId", "variant", "successRate", "qualityScore", "durationMs", "tokensUsed", "costUsd",
            "chanceToBeatControl"})
    public record Comparison(String variantId, String variant,
                             @Schema(description = "Two-proportion z-test") Metric successRate,
                             @Schema(description = "Welch's t-test") Metric qualityScore, Metric durationMs,
                             Metric tokensUsed, Metric costUsd,
                             @Schema(description = "Bayesian probability that the variant's success rate beats "
                                     + "the control's") Double chanceToBeatControl) {
    }

    @Schema(name = "SampleRatioCheck", description = "Whether the observed split departs from the intended one")
    @JsonbPropertyOrder({"expectedShares", "observed", "pValue", "mismatch", "note"})
    public record SampleRatio(List<Double> expectedShares, List<Long> observed, Double pValue, boolean mismatch,
                              String note) {
    }

    static ResultsResponse of(ExperimentResults r) {
        return new ResultsResponse(r.operation().wireName(), r.variants().stream().map(ResultsResponse::variant).toList(),
                r.comparisons().stream().map(ResultsResponse::comparison).toList(), sampleRatio(r.sampleRatio()));
    }

    private static Variant variant(VariantResults v) {
        return new Variant(v.variantId().toString(), v.variant(), v.name(), v.control(), v.active(), v.archived(),
                v.n(), v.successes(), Finite.orNull(v.successRate()), Finite.orNull(v.meanQuality()),
                v.qualityScored(), Finite.orNull(v.meanDurationMs()), v.p50DurationMs(), v.p95DurationMs(),
                Finite.orNull(v.meanTokens()), Finite.orNull(v.totalCostUsd()), Finite.orNull(v.meanCostUsd()));
    }

    private static Comparison comparison(VariantComparison c) {
        return new Comparison(c.variantId().toString(), c.variant(), metric(c.successRate()),
                metric(c.qualityScore()), metric(c.durationMs()), metric(c.tokensUsed()), metric(c.costUsd()),
                Finite.orNull(c.chanceToBeatControl()));
    }

    private static Metric metric(MetricComparison m) {
        return new Metric(m.test(), Finite.orNull(m.control()), Finite.orNull(m.variant()),
                Finite.orNull(m.difference()), Finite.orNull(m.relativeDifference()), Finite.orNull(m.ciLower()),
                Finite.orNull(m.ciUpper()), Finite.orNull(m.pValue()), m.note());
    }

    private static SampleRatio sampleRatio(SampleRatioCheck s) {
        return new SampleRatio(s.expectedShares().stream().map(Finite::orNull).toList(), s.observed(),
                Finite.orNull(s.pValue()), s.mismatch(), s.note());
    }
}
