package com.roleready.experimentation.domain.statistics;

import static com.roleready.experimentation.domain.statistics.WinnerRuleTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleRatioMismatchTest {

    @Test
    void aSplitAsIntendedIsNoMismatch() {
        SampleRatioMismatch even = SampleRatioMismatch.test(new long[] {500, 500}, new double[] {1, 1});
        SampleRatioMismatch weighted = SampleRatioMismatch.test(new long[] {260, 740}, new double[] {1, 3});

        assertThat(even.chiSquare()).isZero();
        assertThat(even.pValue()).isEqualTo(1.0);
        assertThat(even.mismatch()).isFalse();
        assertThat(weighted.mismatch()).isFalse();
        assertThat(weighted.note()).isNull();
    }

    @Test
    void flagsALopsidedSplitWithThePearsonStatistic() {
        // 1000 vs 1200 intended 50/50: chi² = 2 · 100² / 1100 = 18.18, 1 df -> p ≈ 2.0e-5.
        SampleRatioMismatch srm = SampleRatioMismatch.test(new long[] {1000, 1200}, new double[] {0.5, 0.5});

        assertThat(srm.chiSquare()).isCloseTo(20000.0 / 1100, within(1e-9));
        assertThat(srm.pValue()).isCloseTo(2.0e-5, within(0.1e-5));
        assertThat(srm.mismatch()).isTrue();
    }

    @Test
    void resultsForAnArmWithoutIntendedTrafficAreAMismatch() {
        SampleRatioMismatch srm = SampleRatioMismatch.test(new long[] {100, 100, 3}, new double[] {1, 1, 0});

        assertThat(srm.mismatch()).isTrue();
        assertThat(srm.note()).contains("no intended traffic");
    }

    @Test
    void saysWhyWhenItCannotRun() {
        assertThat(SampleRatioMismatch.test(new long[] {0, 0}, new double[] {1, 1}).note()).isEqualTo("no results yet");
        assertThat(SampleRatioMismatch.test(new long[] {10, 0}, new double[] {1, 0}).note())
                .isEqualTo("fewer than 2 arms with intended traffic");
    }

    @Test
    void rejectsInconsistentInputNamingTheField() {
        assertField(() -> SampleRatioMismatch.test(new long[] {1, 2}, new double[] {1}), "expectedShares");
        assertField(() -> SampleRatioMismatch.test(new long[] {-1, 2}, new double[] {1, 1}), "expectedShares");
        assertField(() -> SampleRatioMismatch.test(new long[] {1, 2}, new double[] {Double.NaN, 1}), "expectedShares");
        assertField(() -> SampleRatioMismatch.test(new long[] {1, 2}, new double[] {0, 0}), "expectedShares");
    }

    @Test
    void multipleTestingRejectsPValuesOutsideZeroToOne() {
        assertField(() -> MultipleTesting.holmBonferroni(new double[] {0.1, 1.1}), "pValues");
        assertField(() -> MultipleTesting.benjaminiHochberg(new double[] {Double.NaN}), "pValues");
        assertThat(MultipleTesting.holmBonferroni(new double[0])).isEmpty();
        assertThat(MultipleTesting.holmBonferroni(new double[] {0.02})).containsExactly(0.02);
    }
}
