package com.roleready.experimentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    /** Half a bucket (8 per doubling) is 2^(1/16) − 1 ≈ 4.4 %; plus up to 0.5 ms from rounding to whole ms. */
    private static final double RELATIVE_ERROR = 0.045;

    @Test
    void anEmptyHistogramReportsZero() {
        DurationHistogram empty = DurationHistogram.empty();

        assertThat(empty.quantile(0.5)).isZero();
        assertThat(empty.quantile(0.95)).isZero();
        assertThat(empty.encode()).isEmpty();
        assertThat(DurationHistogram.decode("").quantile(0.5)).isZero();
        assertThat(DurationHistogram.decode(null).quantile(0.5)).isZero();
    }

    @Test
    void quantilesOfALogNormalSampleAreWithinFivePercentOfTheTrueOnes() {
        // Durations of AI calls: log-normal around ~2 s with a long tail.
        SplittableRandom random = new SplittableRandom(17);
        long[] durations = new long[50_000];
        DurationHistogram histogram = DurationHistogram.empty();
        for (int i = 0; i < durations.length; i++) {
            durations[i] = Math.round(Math.exp(7.6 + 0.8 * gaussian(random)));
            histogram.record(durations[i]);
        }
        Arrays.sort(durations);

        for (double q : new double[] {0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0}) {
            long exact = durations[(int) Math.ceil(q * durations.length) - 1];
            assertThat((double) histogram.quantile(q)).as("q = %s, exact %d ms", q, exact)
                    .isCloseTo(exact, within(RELATIVE_ERROR * exact + 0.5));
        }
    }

    @Test
    void everySingleDurationUpToTheMaximumComesBackWithinTheBucketError() {
        SplittableRandom random = new SplittableRandom(18);
        for (long d = 0; d <= TestResult.MAX_DURATION_MS; d = d < 100_000 ? d + 1 : d + 1 + random.nextLong(5_000)) {
            DurationHistogram histogram = DurationHistogram.empty();
            histogram.record(d);
            assertThat((double) histogram.quantile(0.5)).as("%d ms", d)
                    .isCloseTo(d, within(RELATIVE_ERROR * d + 0.5));
        }
    }

    @Test
    void encodeDecodeRoundTripsTheCounts() {
        DurationHistogram histogram = DurationHistogram.empty();
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 5_000; i++) {
            histogram.record(random.nextLong(120_000));
        }
        histogram.record(0);

        String encoded = histogram.encode();
        DurationHistogram decoded = DurationHistogram.decode(encoded);

        assertThat(decoded.encode()).isEqualTo(encoded);
        for (double q : new double[] {0.001, 0.5, 0.95, 1.0}) {
            assertThat(decoded.quantile(q)).isEqualTo(histogram.quantile(q));
        }
        assertThat(encoded).startsWith("0:1,").matches("(\\d+:\\d+)(,\\d+:\\d+)*");
    }

    @Test
    void decodeRejectsABucketOutOfRange() {
        assertThatThrownBy(() -> DurationHistogram.decode("5:1," + DurationHistogram.BUCKETS + ":2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> DurationHistogram.decode("-1:3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThat(DurationHistogram.decode((DurationHistogram.BUCKETS - 1) + ":2").quantile(0.5)).isPositive();
    }

    @Test
    void decodeRejectsMalformedTextAndNegativeCountsWithOneClearException() {
        for (String bad : new String[] {"7", "x:1", "3:y", "4:-2", ":5"}) {
            assertThatThrownBy(() -> DurationHistogram.decode(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void quantileOutsideZeroToOneIsRejected() {
        DurationHistogram histogram = DurationHistogram.empty();
        histogram.record(10);
        for (double q : new double[] {0, -0.5, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> histogram.quantile(q)).as("q = %s", q)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller from the seeded generator, so the sample does not depend on the JDK's nextGaussian.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
