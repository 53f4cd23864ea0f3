package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Corrections for comparing several variants with the control at once: with k−1 variants each tested at 0.05,
 * the chance that SOME variant looks significant by luck grows towards (k−1)·0.05.
 * Both methods return adjusted p-values in input order, as gbstats does.
 */
public final class MultipleTesting {

    private MultipleTesting() {
    }

    /**
     * Holm–Bonferroni step-down: controls the family-wise error rate (chance of ANY false winner) under any
     * dependence between the comparisons, which matters here because all share the same control arm.
     */
    public static double[] holmBonferroni(double[] pValues) {
        Integer[] order = ascending(pValues);
        int m = pValues.length;
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** Benjamini–Hochberg step-up: controls the false discovery rate; weaker than Holm, offered for reports. */
    public static double[] benjaminiHochberg(double[] pValues) {
        Integer[] order = ascending(pValues);
        int m = pValues.length;
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--) {
            int i = order[rank];
            running = Math.min(running, (double) m / (rank + 1) * pValues[i]);
            adjusted[i] = Math.min(1, running);
        }
        return adjusted;
    }

    private static Integer[] ascending(double[] pValues) {
        if (pValues == null || Arrays.stream(pValues).anyMatch(p -> !(p >= 0 && p <= 1))) {
            throw new DomainValidationException("pValues", "p-values must be between 0 and 1");
        }
        return IntStream.range(0, pValues.length).boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .toArray(Integer[]::new);
    }
}
