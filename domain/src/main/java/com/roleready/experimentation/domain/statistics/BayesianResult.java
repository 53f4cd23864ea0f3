package com.roleready.experimentation.domain.statistics;

/**
 * Posterior of the effect (treatment over control). All values finite; when no inference is possible the
 * result is gbstats' default (chance 0.5, expected 0) with a note.
 *
 * @param expected          posterior mean of the effect
 * @param ciLower           lower bound of the (1 − alpha) credible interval
 * @param ciUpper           upper bound of the credible interval
 * @param standardDeviation posterior standard deviation
 * @param chanceToWin       posterior probability that the treatment is better (effect &gt; 0)
 * @param riskControl       expected loss of choosing the control: E[max(effect, 0)]
 * @param riskTreatment     expected loss of choosing the treatment: E[max(-effect, 0)]
 * @param scale             whether the effect is absolute or relative
 * @param note              null, or why the result is the default
 */
public record BayesianResult(double expected, double ciLower, double ciUpper, double standardDeviation,
                             double chanceToWin, double riskControl, double riskTreatment, EffectScale scale,
                             String note) {

    static BayesianResult uninformative(EffectScale scale, String note) {
        return new BayesianResult(0, 0, 0, 0, 0.5, 0, 0, scale, note);
    }
}
