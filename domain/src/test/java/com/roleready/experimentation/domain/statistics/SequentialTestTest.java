package com.roleready.experimentation.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialTestTest {

    @Test
    void rhoIsTunedSoThatTheSequenceIsTightestAtNStar() {
        // rho² = (-2 ln alpha + ln(-2 ln alpha + 1)) / N*, as gbstats' sequential_rho.
        double m = -2 * Math.log(0.05);
        assertThat(new SequentialTest(0.05, 5000).rhoSquared()).isCloseTo((m + Math.log(m + 1)) / 5000, within(1e-15));
    }

    @Test
    void thePValueIsBelowAlphaExactlyWhenTheSequenceExcludesZero() {
        // The p-value is 1/e-value with the same rho as the interval, so the two must never disagree: a page that
        // shows "p = 0.04" next to an interval containing 0 would be contradictory.
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            int n = 30 + random.nextInt(5000);
            int m = 30 + random.nextInt(5000);
            ProportionSample control = new ProportionSample(n, random.nextInt(n + 1));
            ProportionSample treatment = new ProportionSample(m, random.nextInt(m + 1));
            for (EffectScale scale : EffectScale.values()) {
                Comparison c = SequentialTest.DEFAULT.compare(control, treatment, scale);
                if (c.note() == null) {
                    assertThat(c.pValue() < 0.05).as("%s vs %s: %s", control, treatment, c)
                            .isEqualTo(c.excludesZero());
                }
            }
        }
    }

    @Test
    void theSequenceIsWiderThanTheFixedHorizonIntervalAtEverySampleSize() {
        for (int n : new int[] {50, 500, 2500, 5000, 50_000}) {
            ProportionSample a = new ProportionSample(n, n / 2);
            ProportionSample b = new ProportionSample(n, (long) (n * 0.55));
            Comparison fixed = FrequentistTests.twoProportion(a, b);
            Comparison sequential = SequentialTest.DEFAULT.compare(a, b, EffectScale.ABSOLUTE);
            assertThat(sequential.ciUpper() - sequential.ciLower()).as("n = %d", n)
                    .isGreaterThan(fixed.ciUpper() - fixed.ciLower());
        }
    }
}
