package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DeliveryStatsTest {

    @Test
    void summarisesRatesAveragesAndPercentiles() {
        DeliveryStats stats = DeliveryStats.of(List.of(
                new DeliveryStats.EventBreakdown("resume.parsed", 6, 4, 1, 1, 0, 9),
                new DeliveryStats.EventBreakdown("tailoring.failed", 2, 1, 1, 0, 0, 5)),
                LongStream.rangeClosed(1, 100).boxed().toList());

        assertThat(stats.deliveries()).isEqualTo(8);
        assertThat(stats.successRate()).isEqualTo(5.0 / 7);
        assertThat(stats.averageAttempts()).isEqualTo(14.0 / 8);
        assertThat(stats.latencyP50Ms()).isEqualTo(50);
        assertThat(stats.latencyP95Ms()).isEqualTo(95);
        assertThat(stats.byEvent().get(0).successRate()).isEqualTo(0.8);
    }

    @Test
    void withNothingToDivideTheRatesAreNullNotNaN() {
        DeliveryStats stats = DeliveryStats.of(List.of(new DeliveryStats.EventBreakdown("resume.parsed", 1, 0, 0, 1, 0, 0)),
                List.of());

        assertThat(stats.successRate()).isNull();
        assertThat(stats.latencyP50Ms()).isNull();
        assertThat(stats.averageAttempts()).isZero();
        assertThat(DeliveryStats.of(List.of(), List.of()).averageAttempts()).isNull();
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        DeliveryStats stats = DeliveryStats.of(List.of(), List.of(42L));

        assertThat(stats.latencyP50Ms()).isEqualTo(42);
        assertThat(stats.latencyP95Ms()).isEqualTo(42);
    }
}
