package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.ExperimentResults;
import com.roleready.experimentation.application.port.in.ExperimentResults.MetricComparison;
import com.roleready.experimentation.application.port.in.ExperimentResults.SampleRatioCheck;
import com.roleready.experimentation.application.port.in.ExperimentResults.VariantComparison;
import com.roleready.experimentation.application.port.in.ExperimentResults.VariantResults;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.statistics.BayesianTests;
import com.roleready.experimentation.domain.statistics.Comparison;
import com.roleready.experimentation.domain.statistics.EffectScale;
import com.roleready.experimentation.domain.statistics.FrequentistTests;
import com.roleready.experimentation.domain.statistics.MeanSample;
import com.roleready.experimentation.domain.statistics.SampleRatioMismatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Turns aggregates into the results view: per-variant figures, comparisons with the control, SRM. */
final class ResultsView {

    static final Comparator<PromptVariant> ORDER = Comparator.comparing((PromptVariant v) -> !v.isControl())
            .thenComparing(PromptVariant::isArchived).thenComparing(PromptVariant::label);
    static final String PROPORTION_TEST = "two-proportion z-test";
    static final String WELCH_TEST = "Welch's t-test";

    private ResultsView() {
    }

    static ExperimentResults of(Operation operation, List<PromptVariant> reported, Map<UUID, VariantAggregate> totals,
                                List<PromptVariant> assignable, double alpha) {
        List<VariantResults> figures = reported.stream().map(v -> figures(v, totals.get(v.id()))).toList();
        Optional<PromptVariant> control = reported.stream().filter(PromptVariant::isControl).findFirst();
        List<VariantComparison> comparisons = new ArrayList<>();
        control.ifPresent(c -> reported.stream().filter(v -> !v.isControl())
                .forEach(v -> comparisons.add(compare(v, totals.get(c.id()), totals.get(v.id()), alpha))));
        return new ExperimentResults(operation, figures, comparisons, sampleRatio(assignable, totals));
    }

    private static VariantResults figures(PromptVariant variant, VariantAggregate a) {
        long n = a.count();
        MeanSample quality = a.quality();
        return new VariantResults(variant.id(), variant.label(), variant.draft().name(), variant.isControl(),
                variant.isAssignable(), variant.isArchived(), n, a.successes(), a.success().rate(),
                quality.n() == 0 ? null : quality.mean(), quality.n(), a.duration().mean(),
                a.durationQuantileMs(0.50), a.durationQuantileMs(0.95), a.tokens().mean(), a.cost().sum(),
                a.cost().mean());
    }

    private static VariantComparison compare(PromptVariant variant, VariantAggregate control, VariantAggregate v,
                                             double alpha) {
        Comparison success = FrequentistTests.twoProportion(control.success(), v.success(), alpha,
                EffectScale.ABSOLUTE);
        return new VariantComparison(variant.id(), variant.label(),
                metric(PROPORTION_TEST, control.success().rate(), v.success().rate(), success),
                welch(control, v, VariantAggregate::quality, alpha),
                welch(control, v, VariantAggregate::duration, alpha),
                welch(control, v, VariantAggregate::tokens, alpha),
                welch(control, v, VariantAggregate::cost, alpha),
                BayesianTests.gaussianEffect(control.success(), v.success(), EffectScale.ABSOLUTE).chanceToWin());
    }

    private static MetricComparison welch(VariantAggregate control, VariantAggregate variant,
                                          Function<VariantAggregate, MeanSample> metric, double alpha) {
        MeanSample c = metric.apply(control);
        MeanSample t = metric.apply(variant);
        return metric(WELCH_TEST, c.mean(), t.mean(), FrequentistTests.welch(c, t, alpha, EffectScale.ABSOLUTE));
    }

    private static MetricComparison metric(String test, double control, double variant, Comparison c) {
        return new MetricComparison(test, control, variant, c.difference(), c.relativeDifference(), c.ciLower(),
                c.ciUpper(), c.pValue(), c.note());
    }

    /**
     * Compares the results each active variant received with its static weight. The bandit
     * ({@code weighted}) moves traffic on purpose, so a mismatch then is expected, as the note says.
     */
    private static SampleRatioCheck sampleRatio(List<PromptVariant> assignable, Map<UUID, VariantAggregate> totals) {
        if (assignable.size() < 2) {
            return new SampleRatioCheck(List.of(), List.of(), 1, false, "fewer than 2 active variants");
        }
        double weightSum = assignable.stream().mapToDouble(v -> v.draft().effectiveWeight()).sum();
        List<Double> shares = assignable.stream().map(v -> v.draft().effectiveWeight() / weightSum).toList();
        List<Long> observed = assignable.stream().map(v -> totals.get(v.id()).count()).toList();
        SampleRatioMismatch srm = SampleRatioMismatch.test(observed.stream().mapToLong(Long::longValue).toArray(),
                shares.stream().mapToDouble(Double::doubleValue).toArray());
        String note = srm.note() != null ? srm.note()
                : "expected shares are the static weights (random and user_hash); weighted (bandit) traffic "
                + "departs from them by design";
        return new SampleRatioCheck(shares, observed, srm.pValue(), srm.mismatch(), note);
    }
}
