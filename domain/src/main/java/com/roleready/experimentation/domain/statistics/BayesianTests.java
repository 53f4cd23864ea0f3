package com.roleready.experimentation.domain.statistics;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * "Chance to beat control": gbstats' {@code EffectBayesianABTest}, a Gaussian model of the effect whose
 * likelihood is the normal approximation used by the frequentist tests (same point estimate and standard error)
 * combined with a Gaussian prior. With the flat prior the chance to win equals one minus the one-sided p-value,
 * which is why it is shown next to, never instead of, the significance test.
 */
public final class BayesianTests {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private BayesianTests() {
    }

    /** Flat prior, alpha 0.05. */
    public static BayesianResult gaussianEffect(Sample control, Sample treatment, EffectScale scale) {
        return gaussianEffect(control, treatment, scale, FrequentistTests.DEFAULT_ALPHA, GaussianPrior.FLAT);
    }

    public static BayesianResult gaussianEffect(Sample control, Sample treatment, EffectScale scale, double alpha,
                                                GaussianPrior prior) {
        Alpha.require(alpha);
        if (prior == null) {
            throw new IllegalArgumentException("prior is required; use GaussianPrior.FLAT");
        }
        EffectMoments moments = EffectMoments.of(control, treatment, scale);
        if (moments.refused()) {
            return BayesianResult.uninformative(scale, moments.refusal);
        }
        double dataVariance = moments.standardError * moments.standardError;
        double mean = moments.estimate;
        double precision = 1 / dataVariance;
        if (prior.proper()) {
            precision += 1 / prior.variance();
            mean = (moments.estimate / dataVariance + prior.mean() / prior.variance()) / precision;
        }
        double sd = Math.sqrt(1 / precision);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        Risk risk = risk(mean, sd);
        return new BayesianResult(mean, mean - z * sd, mean + z * sd, sd, STANDARD_NORMAL.cumulativeProbability(mean / sd),
                risk.control(), risk.treatment(), scale, moments.caution);
    }

    /**
     * Expected loss of each choice when the effect is N(mu, sigma²), gbstats' {@code get_risk}. Written with the
     * closed forms E[X·1{X&gt;0}] = mu·Φ(mu/σ) + σ·φ(mu/σ) instead of truncated-normal means, which stay exact when
     * sigma is tiny (the truncated means divide 0 by 0 there).
     */
    public static Risk risk(double mu, double sigma) {
        if (!(sigma > 0)) {
            return new Risk(Math.max(mu, 0), Math.max(-mu, 0));
        }
        double z = mu / sigma;
        double density = STANDARD_NORMAL.density(z);
        double riskControl = mu * STANDARD_NORMAL.cumulativeProbability(z) + sigma * density;
        double riskTreatment = sigma * density - mu * STANDARD_NORMAL.cumulativeProbability(-z);
        return new Risk(Math.max(riskControl, 0), Math.max(riskTreatment, 0));
    }

    /**
     * @param control   expected loss of keeping the control (how much better the treatment might be)
     * @param treatment expected loss of choosing the treatment (how much worse it might be)
     */
    public record Risk(double control, double treatment) {
    }
}
