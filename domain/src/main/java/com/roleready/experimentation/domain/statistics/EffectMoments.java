package com.roleready.experimentation.domain.statistics;

/**
 * Point estimate and standard error of the effect of treatment over control, shared by the frequentist,
 * sequential and Bayesian tests so that all three refuse the same degenerate inputs with the same notes.
 * Follows gbstats' {@code EffectMoments} except that zero variance in only ONE arm is accepted: with a proportion
 * of 0 % or 100 % in the control (common for a new prompt) the difference still has a positive variance, and
 * refusing it would hide real winners.
 */
final class EffectMoments {

    static final String NOTE_EMPTY = "an arm has no results";
    static final String NOTE_N_BELOW_2 = "n < 2 in an arm";
    static final String NOTE_NEGATIVE_VARIANCE = "negative variance in an arm: inconsistent sums";
    static final String NOTE_ZERO_VARIANCE = "zero variance in both arms";
    static final String NOTE_ZERO_VARIANCE_ONE_ARM = "zero variance in one arm: the normal approximation is rough";
    static final String NOTE_CONTROL_MEAN_ZERO = "control mean is 0: relative difference undefined";
    static final String NOTE_ZERO_EFFECT_VARIANCE = "zero variance of the relative difference";

    final EffectScale scale;
    final long nA;
    final long nB;
    final double varianceA;
    final double varianceB;
    final double difference;
    final double relativeDifference;
    /** Effect on {@link #scale}: difference or relative difference. */
    final double estimate;
    final double standardError;
    /** Null when the inputs allow inference; otherwise the reason, and the test returns the default output. */
    final String refusal;
    /** Null, or a caution that does not prevent inference. */
    final String caution;

    private EffectMoments(EffectScale scale, Sample a, Sample b, double estimate, double standardError,
                          String refusal, String caution) {
        this.scale = scale;
        this.nA = a.n();
        this.nB = b.n();
        this.varianceA = a.variance();
        this.varianceB = b.variance();
        this.difference = refusal == null ? b.mean() - a.mean() : 0;
        this.relativeDifference = refusal == null && a.mean() != 0 ? (b.mean() - a.mean()) / Math.abs(a.mean()) : 0;
        this.estimate = refusal == null ? estimate : 0;
        this.standardError = refusal == null ? standardError : 0;
        this.refusal = refusal;
        this.caution = caution;
    }

    static EffectMoments of(Sample control, Sample treatment, EffectScale scale) {
        if (control == null || treatment == null || scale == null) {
            throw new IllegalArgumentException("control, treatment and scale are required");
        }
        if (control.n() == 0 || treatment.n() == 0) {
            return refused(control, treatment, scale, NOTE_EMPTY);
        }
        if (control.n() < 2 || treatment.n() < 2) {
            return refused(control, treatment, scale, NOTE_N_BELOW_2);
        }
        double va = control.variance();
        double vb = treatment.variance();
        if (va < 0 || vb < 0) {
            return refused(control, treatment, scale, NOTE_NEGATIVE_VARIANCE);
        }
        if (va == 0 && vb == 0) {
            return refused(control, treatment, scale, NOTE_ZERO_VARIANCE);
        }
        double ma = control.mean();
        double mb = treatment.mean();
        if (scale == EffectScale.RELATIVE && ma == 0) {
            return refused(control, treatment, scale, NOTE_CONTROL_MEAN_ZERO);
        }
        double na = control.n();
        double nb = treatment.n();
        double estimate;
        double variance;
        if (scale == EffectScale.ABSOLUTE) {
            estimate = mb - ma;
            variance = va / na + vb / nb;
        } else {
            // Delta method for (mB - mA)/|mA|, as gbstats' frequentist_variance(relative=True).
            estimate = (mb - ma) / Math.abs(ma);
            variance = vb / (ma * ma * nb) + va * mb * mb / (Math.pow(ma, 4) * na);
        }
        if (!(variance > 0) || !Double.isFinite(variance) || !Double.isFinite(estimate)) {
            return refused(control, treatment, scale, NOTE_ZERO_EFFECT_VARIANCE);
        }
        String caution = ma == 0 ? NOTE_CONTROL_MEAN_ZERO : (va == 0 || vb == 0) ? NOTE_ZERO_VARIANCE_ONE_ARM : null;
        return new EffectMoments(scale, control, treatment, estimate, Math.sqrt(variance), null, caution);
    }

    private static EffectMoments refused(Sample a, Sample b, EffectScale scale, String reason) {
        return new EffectMoments(scale, a, b, 0, 0, reason, null);
    }

    boolean refused() {
        return refusal != null;
    }

    /** Total sample size of both arms: the "n" of the confidence sequence. */
    long totalN() {
        return nA + nB;
    }

    /** Welch–Satterthwaite degrees of freedom from the per-arm variances (also for the relative effect). */
    double welchDegreesOfFreedom() {
        double a = varianceA / nA;
        double b = varianceB / nB;
        double denominator = a * a / (nA - 1) + b * b / (nB - 1);
        return (a + b) * (a + b) / denominator;
    }

    Comparison toComparison(double ciLower, double ciUpper, double pValue) {
        if (refused()) {
            return Comparison.uninformative(scale, refusal);
        }
        return new Comparison(difference, relativeDifference, ciLower, ciUpper,
                Math.max(0, Math.min(1, pValue)), standardError, scale, caution);
    }
}
