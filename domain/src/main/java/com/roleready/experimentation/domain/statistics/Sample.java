package com.roleready.experimentation.domain.statistics;

/**
 * Summary statistics of one arm, as kept in the running aggregates: results must cost the same for 1 k or 1 M
 * recorded tests, so every test here works from n, mean and variance only, never from raw observations.
 */
public sealed interface Sample permits MeanSample, ProportionSample {

    long n();

    double mean();

    /** Per-observation variance (not the variance of the mean). May be negative only for inconsistent sums. */
    double variance();
}
