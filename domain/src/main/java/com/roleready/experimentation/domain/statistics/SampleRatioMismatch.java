package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Sample-ratio-mismatch check: did the arms receive the traffic split that was intended? A mismatch means the
 * assignment or the recording is broken (e.g. one prompt fails before its result is recorded), and then every
 * comparison is suspect, whatever its p-value.
 *
 * @param chiSquare Pearson's chi-square statistic of observed vs expected counts
 * @param pValue    chi-square p-value with (arms with a positive share − 1) degrees of freedom
 * @param mismatch  true when {@code pValue < THRESHOLD}; the strict threshold is usual because the check runs
 *                  on every refresh and a false alarm stops a healthy experiment
 * @param note      null, or why the check could not run
 */
public record SampleRatioMismatch(double chiSquare, double pValue, boolean mismatch, String note) {

    public static final double THRESHOLD = 0.001;

    public static SampleRatioMismatch test(long[] observed, double[] expectedShares) {
        if (observed == null || expectedShares == null || observed.length != expectedShares.length) {
            throw new DomainValidationException("expectedShares", "one expected share is needed per arm");
        }
        long total = 0;
        double shareSum = 0;
        for (int i = 0; i < observed.length; i++) {
            if (observed[i] < 0 || !(expectedShares[i] >= 0) || !Double.isFinite(expectedShares[i])) {
                throw new DomainValidationException("expectedShares", "counts and shares must not be negative");
            }
            total += observed[i];
            shareSum += expectedShares[i];
        }
        if (!(shareSum > 0)) {
            throw new DomainValidationException("expectedShares", "at least one expected share must be positive");
        }
        if (total == 0) {
            return new SampleRatioMismatch(0, 1, false, "no results yet");
        }
        double chiSquare = 0;
        int armsWithShare = 0;
        for (int i = 0; i < observed.length; i++) {
            if (expectedShares[i] == 0) {
                if (observed[i] > 0) {
                    return new SampleRatioMismatch(0, 0, true, "results recorded for an arm with no intended traffic");
                }
                continue;
            }
            armsWithShare++;
            double expected = total * expectedShares[i] / shareSum;
            double deviation = observed[i] - expected;
            chiSquare += deviation * deviation / expected;
        }
        if (armsWithShare < 2) {
            return new SampleRatioMismatch(0, 1, false, "fewer than 2 arms with intended traffic");
        }
        double pValue = 1 - new ChiSquaredDistribution(armsWithShare - 1).cumulativeProbability(chiSquare);
        pValue = Math.max(0, Math.min(1, pValue));
        return new SampleRatioMismatch(chiSquare, pValue, pValue < THRESHOLD, null);
    }
}
