package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;

/**
 * Normal prior on the effect, on the same scale as the effect being estimated (relative or absolute).
 * {@link #FLAT} (improper) makes the posterior mean the observed effect, which is gbstats' default.
 */
public record GaussianPrior(double mean, double variance, boolean proper) {

    public static final GaussianPrior FLAT = new GaussianPrior(0, 1, false);

    public GaussianPrior {
        if (!Double.isFinite(mean) || !(variance > 0) || !Double.isFinite(variance)) {
            throw new DomainValidationException("prior", "the prior needs a finite mean and a positive variance");
        }
    }
}
