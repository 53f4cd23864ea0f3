package com.roleready.experimentation.domain;

import static com.roleready.experimentation.domain.TestResultTest.VARIANT;
import static com.roleready.experimentation.domain.TestResultTest.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.roleready.experimentation.domain.statistics.MeanSample;
import com.roleready.experimentation.domain.statistics.ProportionSample;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantAggregateTest {

    @Test
    void recordUpdatesEveryRunningTotal() {
        VariantAggregate aggregate = VariantAggregate.empty(VARIANT);

        aggregate.record(result(true, 80.0, 1000, 500, 0.01, null));
        aggregate.record(result(false, 40.0, 3000, 700, 0.03, null));
        aggregate.record(result(true, null, 2000, 600, 0.02, null));

        VariantAggregate.Totals t = aggregate.totals();
        assertThat(t.count).isEqualTo(3);
        assertThat(t.successes).isEqualTo(2);
        assertThat(t.rewardSum).isCloseTo(0.8 + 0 + 1, within(1e-12));
        assertThat(t.qualityCount).isEqualTo(2);
        assertThat(t.qualitySum).isEqualTo(120);
        assertThat(t.qualitySumSquares).isEqualTo(6400 + 1600);
        assertThat(t.durationSum).isEqualTo(6000);
        assertThat(t.durationSumSquares).isEqualTo(1e6 + 9e6 + 4e6);
        assertThat(t.tokensSum).isEqualTo(1800);
        assertThat(t.tokensSumSquares).isEqualTo(250_000 + 490_000 + 360_000);
        assertThat(t.costSum).isCloseTo(0.06, within(1e-12));
        assertThat(t.costSumSquares).isCloseTo(0.0001 + 0.0009 + 0.0004, within(1e-15));

        assertThat(aggregate.count()).isEqualTo(3);
        assertThat(aggregate.successes()).isEqualTo(2);
        assertThat(aggregate.rewardSum()).isCloseTo(1.8, within(1e-12));
        assertThat(aggregate.success()).isEqualTo(new ProportionSample(3, 2));
        assertThat(aggregate.quality()).isEqualTo(new MeanSample(2, 120, 8000));
        assertThat(aggregate.duration().mean()).isEqualTo(2000);
        assertThat(aggregate.duration().variance()).isEqualTo(1e6);
        assertThat(aggregate.tokens().mean()).isEqualTo(600);
        assertThat(aggregate.cost().mean()).isCloseTo(0.02, within(1e-12));
        assertThat(aggregate.durationQuantileMs(0.5)).isCloseTo(2000, within(2000L * 45 / 1000));
        assertThat(DurationHistogram.decode(aggregate.encodedDurations()).quantile(1.0))
                .isCloseTo(3000, within(3000L * 45 / 1000));
    }

    @Test
    void rejectsAnotherVariantsResultAndStaysUnchanged() {
        VariantAggregate aggregate = VariantAggregate.empty(UUID.randomUUID());

        assertThatThrownBy(() -> aggregate.record(result(true, 80.0, 1000, 500, 0.01, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(aggregate.count()).isZero();
        assertThat(aggregate.encodedDurations()).isEmpty();
    }

    @Test
    void totalsAreACopyAndRehydrateCopiesThem() {
        VariantAggregate aggregate = VariantAggregate.empty(VARIANT);
        aggregate.record(result(true, 80.0, 1000, 500, 0.01, null));

        aggregate.totals().count = 99;
        assertThat(aggregate.count()).isEqualTo(1);

        VariantAggregate.Totals stored = aggregate.totals();
        VariantAggregate loaded = VariantAggregate.rehydrate(VARIANT, stored,
                DurationHistogram.decode(aggregate.encodedDurations()));
        stored.count = 42;
        loaded.record(new TestResult(UUID.randomUUID(), VARIANT, Operation.TAILORING, "u", false, null, 10, 1, 0,
                null, null, Instant.EPOCH));

        assertThat(loaded.count()).isEqualTo(2);
        assertThat(loaded.successes()).isEqualTo(1);
        // The rehydrated histogram kept the stored 1000 ms and added the new 10 ms.
        assertThat(loaded.durationQuantileMs(0.5)).isCloseTo(10, within(1L));
        assertThat(loaded.durationQuantileMs(1.0)).isCloseTo(1000, within(45L));
    }
}
