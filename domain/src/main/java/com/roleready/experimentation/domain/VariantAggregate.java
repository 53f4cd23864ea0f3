package com.roleready.experimentation.domain;

import com.roleready.experimentation.domain.statistics.MeanSample;
import com.roleready.experimentation.domain.statistics.ProportionSample;
import java.util.UUID;

/**
 * Running totals of one variant's results, updated in the transaction that records each result.
 * Results, winner and the bandit read these instead of the result rows, so their cost does not
 * grow with the number of recorded tests. Sums of squares give variances (Welch's t) exactly.
 */
public final class VariantAggregate {

    private final UUID variantId;
    private final Totals totals;
    private final DurationHistogram durations;

    private VariantAggregate(UUID variantId, Totals totals, DurationHistogram durations) {
        this.variantId = variantId;
        this.totals = totals;
        this.durations = durations;
    }

    public static VariantAggregate empty(UUID variantId) {
        return new VariantAggregate(variantId, new Totals(), DurationHistogram.empty());
    }

    public static VariantAggregate rehydrate(UUID variantId, Totals totals, DurationHistogram durations) {
        return new VariantAggregate(variantId, totals.copy(), durations.copy());
    }

    public void record(TestResult result) {
        if (!result.variantId().equals(variantId)) {
            throw new IllegalArgumentException("result of " + result.variantId() + " recorded on " + variantId);
        }
        Totals t = totals;
        t.count++;
        t.successes += result.success() ? 1 : 0;
        t.rewardSum += result.reward();
        if (result.qualityScore() != null) {
            double q = result.qualityScore();
            t.qualityCount++;
            t.qualitySum += q;
            t.qualitySumSquares += q * q;
        }
        double d = result.durationMs();
        t.durationSum += d;
        t.durationSumSquares += d * d;
        double tokens = result.tokensUsed();
        t.tokensSum += tokens;
        t.tokensSumSquares += tokens * tokens;
        t.costSum += result.costUsd();
        t.costSumSquares += result.costUsd() * result.costUsd();
        durations.record(result.durationMs());
    }

    public UUID variantId() {
        return variantId;
    }

    /** A copy: callers cannot change the aggregate behind its back. */
    public Totals totals() {
        return totals.copy();
    }

    public long count() {
        return totals.count;
    }

    public long successes() {
        return totals.successes;
    }

    public double rewardSum() {
        return totals.rewardSum;
    }

    public ProportionSample success() {
        return new ProportionSample(totals.count, totals.successes);
    }

    /** Only the results that carried a quality score. */
    public MeanSample quality() {
        return new MeanSample(totals.qualityCount, totals.qualitySum, totals.qualitySumSquares);
    }

    public MeanSample duration() {
        return new MeanSample(totals.count, totals.durationSum, totals.durationSumSquares);
    }

    public MeanSample tokens() {
        return new MeanSample(totals.count, totals.tokensSum, totals.tokensSumSquares);
    }

    public MeanSample cost() {
        return new MeanSample(totals.count, totals.costSum, totals.costSumSquares);
    }

    public long durationQuantileMs(double q) {
        return durations.quantile(q);
    }

    public String encodedDurations() {
        return durations.encode();
    }

    /** The stored totals; a plain holder so that the persistence mapper can copy them field by field. */
    public static final class Totals {
        public long count;
        public long successes;
        public double rewardSum;
        public long qualityCount;
        public double qualitySum;
        public double qualitySumSquares;
        public double durationSum;
        public double durationSumSquares;
        public double tokensSum;
        public double tokensSumSquares;
        public double costSum;
        public double costSumSquares;

        public Totals copy() {
            Totals c = new Totals();
            c.count = count;
            c.successes = successes;
            c.rewardSum = rewardSum;
            c.qualityCount = qualityCount;
            c.qualitySum = qualitySum;
            c.qualitySumSquares = qualitySumSquares;
            c.durationSum = durationSum;
            c.durationSumSquares = durationSumSquares;
            c.tokensSum = tokensSum;
            c.tokensSumSquares = tokensSumSquares;
            c.costSum = costSum;
            c.costSumSquares = costSumSquares;
            return c;
        }
    }
}
