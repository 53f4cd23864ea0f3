package com.roleready.experimentation.domain.statistics;

/**
 * A non-control arm against the control.
 *
 * @param armId               the arm
 * @param success             success rate, absolute difference, {@link SequentialTest} (anytime-valid)
 * @param quality             mean quality score, absolute difference, also {@link SequentialTest} — Welch's
 *                            standard error with the confidence sequence instead of the t quantile, so that this
 *                            interval too stays valid however often the page is refreshed
 * @param chanceToBeatControl Bayesian (flat prior) probability that the arm's success rate beats the control's
 * @param adjustedPValue      the success p-value after Holm–Bonferroni over all non-control arms
 */
public record ArmComparison(String armId, Comparison success, Comparison quality, double chanceToBeatControl,
                            double adjustedPValue) {
}
