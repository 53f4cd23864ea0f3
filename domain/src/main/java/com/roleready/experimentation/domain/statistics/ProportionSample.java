package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;

/** Running aggregate of a yes/no outcome (e.g. "the operation succeeded"): results and successes. */
public record ProportionSample(long n, long successes) implements Sample {

    public static final ProportionSample EMPTY = new ProportionSample(0, 0);

    public ProportionSample {
        if (n < 0) {
            throw new DomainValidationException("n", "n must be at least 0");
        }
        if (successes < 0 || successes > n) {
            throw new DomainValidationException("successes", "successes must be between 0 and n (" + n + ")");
        }
    }

    public ProportionSample plus(boolean success) {
        return new ProportionSample(n + 1, successes + (success ? 1 : 0));
    }

    /** Success rate, 0 for an empty arm (no NaN: results go out as JSON). */
    public double rate() {
        return n == 0 ? 0 : (double) successes / n;
    }

    @Override
    public double mean() {
        return rate();
    }

    /** {@code p(1-p)}, the Bernoulli variance without the n/(n-1) correction, exactly as gbstats uses it. */
    @Override
    public double variance() {
        double p = rate();
        return p * (1 - p);
    }
}
