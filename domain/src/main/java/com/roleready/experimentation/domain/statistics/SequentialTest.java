package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;

/**
 * Anytime-valid two-sided test: the asymptotic confidence sequence of Waudby-Smith et al. (2023,
 * arXiv:2103.06476, eq. 155), exactly as GrowthBook's gbstats {@code SequentialTwoSidedTTest}. Unlike a
 * fixed-horizon interval, the probability that the sequence EVER excludes the true effect, over all looks, is at
 * most alpha, so admins may refresh the results page as often as they like.
 *
 * <p>The price is width: the sequence is narrowest around {@code n ≈ tuning} total results (both arms) and
 * wider elsewhere. The p-value is the smallest alpha at which the sequence (with rho fixed by the configured
 * alpha) excludes 0; gbstats writes it in closed form as 1/e-value, which is what this class computes.
 *
 * @param alpha  significance level, 0 &lt; alpha &lt; 1
 * @param tuning the tuning parameter N* (total sample size at which the sequence is tightest), &gt; 0
 */
public record SequentialTest(double alpha, double tuning) {

    public static final double DEFAULT_TUNING = 5000;
    public static final SequentialTest DEFAULT = new SequentialTest(FrequentistTests.DEFAULT_ALPHA, DEFAULT_TUNING);

    public SequentialTest {
        Alpha.require(alpha);
        if (!(tuning > 0) || !Double.isFinite(tuning)) {
            throw new DomainValidationException("tuning", "the sequential tuning parameter N* must be positive");
        }
    }

    public Comparison compare(ProportionSample control, ProportionSample treatment, EffectScale scale) {
        return test(control, treatment, scale);
    }

    public Comparison compare(MeanSample control, MeanSample treatment, EffectScale scale) {
        return test(control, treatment, scale);
    }

    /**
     * rho² of the normal mixture, chosen so that the boundary is tightest at n = N*:
     * {@code (-2 ln α + ln(-2 ln α + 1)) / N*}.
     */
    double rhoSquared() {
        double minusTwoLogAlpha = -2 * Math.log(alpha);
        return (minusTwoLogAlpha + Math.log(minusTwoLogAlpha + 1)) / tuning;
    }

    private Comparison test(Sample control, Sample treatment, EffectScale scale) {
        EffectMoments moments = EffectMoments.of(control, treatment, scale);
        if (moments.refused()) {
            return moments.toComparison(0, 0, 1);
        }
        double n = moments.totalN();
        double nRho2 = n * rhoSquared();
        double tr2p1 = nRho2 + 1;
        double se = moments.standardError;
        // se·sqrt(n) is gbstats' s (per-observation sd); the n's cancel to this form.
        double halfWidth = se * Math.sqrt(2 * tr2p1 / nRho2 * Math.log(Math.sqrt(tr2p1) / alpha));
        double z = moments.estimate / se;
        // p = 1/e-value = sqrt(n rho² + 1) · exp(-z² n rho² / (2 (n rho² + 1))), capped at 1.
        double pValue = Math.min(1, Math.sqrt(tr2p1) * Math.exp(-z * z * nRho2 / (2 * tr2p1)));
        return moments.toComparison(moments.estimate - halfWidth, moments.estimate + halfWidth, pValue);
    }
}
