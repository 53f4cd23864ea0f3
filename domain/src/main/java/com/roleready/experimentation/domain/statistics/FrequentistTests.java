package com.roleready.experimentation.domain.statistics;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Fixed-horizon two-sided tests, matching GrowthBook's gbstats {@code TwoSidedTTest}. Valid for ONE look at a
 * sample size fixed in advance; for a dashboard that admins refresh, use {@link SequentialTest}.
 *
 * <p>Both tests use the unpooled standard error and Student's t with Welch–Satterthwaite degrees of freedom.
 * For proportions this is gbstats' two-proportion test: the unpooled z-test with the t quantile in place of the
 * normal one, which makes no difference beyond a few hundred results but is slightly safer for small arms.
 */
public final class FrequentistTests {

    public static final double DEFAULT_ALPHA = 0.05;

    private FrequentistTests() {
    }

    /** Two-proportion test of the absolute difference in success rate, alpha 0.05. */
    public static Comparison twoProportion(ProportionSample control, ProportionSample treatment) {
        return twoProportion(control, treatment, DEFAULT_ALPHA, EffectScale.ABSOLUTE);
    }

    public static Comparison twoProportion(ProportionSample control, ProportionSample treatment, double alpha,
                                           EffectScale scale) {
        return test(control, treatment, alpha, scale);
    }

    /** Welch's t-test of the absolute difference in means, alpha 0.05. */
    public static Comparison welch(MeanSample control, MeanSample treatment) {
        return welch(control, treatment, DEFAULT_ALPHA, EffectScale.ABSOLUTE);
    }

    public static Comparison welch(MeanSample control, MeanSample treatment, double alpha, EffectScale scale) {
        return test(control, treatment, alpha, scale);
    }

    private static Comparison test(Sample control, Sample treatment, double alpha, EffectScale scale) {
        Alpha.require(alpha);
        EffectMoments moments = EffectMoments.of(control, treatment, scale);
        if (moments.refused()) {
            return moments.toComparison(0, 0, 1);
        }
        TDistribution t = new TDistribution(moments.welchDegreesOfFreedom());
        double halfWidth = t.inverseCumulativeProbability(1 - alpha / 2) * moments.standardError;
        // 2·P(T ≤ -|t|) rather than 2·(1 - P(T ≤ |t|)): same value, no cancellation for tiny p-values.
        double pValue = 2 * t.cumulativeProbability(-Math.abs(moments.estimate / moments.standardError));
        return moments.toComparison(moments.estimate - halfWidth, moments.estimate + halfWidth, pValue);
    }
}
