package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;

/**
 * Running aggregate of a continuous metric (e.g. quality score 0-100): count, sum and sum of squares, which can be
 * updated in the recording transaction without reading old results.
 */
public record MeanSample(long n, double sum, double sumSquares) implements Sample {

    /** Relative size below which a negative variance is floating-point cancellation, not inconsistent input. */
    private static final double CANCELLATION_TOLERANCE = 1e-12;

    public static final MeanSample EMPTY = new MeanSample(0, 0, 0);

    public MeanSample {
        if (n < 0) {
            throw new DomainValidationException("n", "n must be at least 0");
        }
        if (!Double.isFinite(sum) || !Double.isFinite(sumSquares)) {
            throw new DomainValidationException("sum", "sum and sumSquares must be finite numbers");
        }
    }

    public MeanSample plus(double value) {
        return new MeanSample(n + 1, sum + value, sumSquares + value * value);
    }

    @Override
    public double mean() {
        return n == 0 ? 0 : sum / n;
    }

    /**
     * Sample variance {@code (ss - s²/n)/(n-1)}, 0 when n &lt; 2. Equal values can leave a tiny negative remainder
     * from cancellation, which is rounded to 0; a clearly negative result (sums that no data could produce) is
     * returned as is so that the tests can refuse it with a reason instead of hiding it.
     */
    @Override
    public double variance() {
        if (n < 2) {
            return 0;
        }
        double squaredSumOverN = sum * sum / n;
        double raw = (sumSquares - squaredSumOverN) / (n - 1);
        double tolerance = CANCELLATION_TOLERANCE * (Math.abs(sumSquares) + squaredSumOverN) / (n - 1);
        return Math.abs(raw) <= tolerance ? 0 : raw;
    }
}
