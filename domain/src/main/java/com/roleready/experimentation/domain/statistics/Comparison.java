package com.roleready.experimentation.domain.statistics;

/**
 * One treatment arm compared with the control. Every number is finite, never NaN or Infinity, because results
 * leave the service as JSON, which cannot carry them; when no inference is possible the result is the
 * uninformative default (0, [0, 0], p = 1, as gbstats returns) and {@code note} says why.
 *
 * @param difference         treatment − control on the metric's own scale
 * @param relativeDifference (treatment − control) / |control mean|; 0 with a note when the control mean is 0
 * @param ciLower            lower bound of the (1 − alpha) interval for the effect on {@code scale}
 * @param ciUpper            upper bound of that interval
 * @param pValue             two-sided p-value for "no effect"
 * @param standardError      standard error of the effect on {@code scale}
 * @param scale              whether the interval, p-value and standard error are for the absolute or relative effect
 * @param note               null, or a short reason why the numbers are a default or need care
 */
public record Comparison(double difference, double relativeDifference, double ciLower, double ciUpper,
                         double pValue, double standardError, EffectScale scale, String note) {

    public Comparison {
        requireFinite(difference, "difference");
        requireFinite(relativeDifference, "relativeDifference");
        requireFinite(ciLower, "ciLower");
        requireFinite(ciUpper, "ciUpper");
        requireFinite(pValue, "pValue");
        requireFinite(standardError, "standardError");
        if (scale == null) {
            throw new IllegalArgumentException("scale is required");
        }
    }

    /** The effect on {@link #scale()}: {@code difference} or {@code relativeDifference}. */
    public double effect() {
        return scale == EffectScale.ABSOLUTE ? difference : relativeDifference;
    }

    /** True when the interval excludes 0, i.e. the result is significant at the alpha it was computed with. */
    public boolean excludesZero() {
        return ciLower > 0 || ciUpper < 0;
    }

    static Comparison uninformative(EffectScale scale, String note) {
        return new Comparison(0, 0, 0, 0, 1, 0, scale, note);
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException(name + " must be finite but was " + value);
        }
    }
}
