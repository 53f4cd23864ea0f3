package com.roleready.experimentation.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantAggregateMapperTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final UUID variantId = UUID.randomUUID();

    private TestResult result(boolean success, Double quality, long durationMs, long tokens, double cost) {
        return new TestResult(UUID.randomUUID(), variantId, Operation.TAILORING, "u", success, quality, durationMs,
                tokens, cost, null, null, T0);
    }

    @Test
    void roundTripsEveryTotalAndTheHistogram() {
        VariantAggregate aggregate = VariantAggregate.empty(variantId);
        aggregate.record(result(true, 91.5, 1_250, 3_000, 0.012));
        aggregate.record(result(false, null, 80_000, 17, 0.0001));
        aggregate.record(result(true, 40.0, 0, 999, 0.5));

        VariantAggregate back = VariantAggregateMapper.toDomain(VariantAggregateMapper.toNewEntity(aggregate));

        assertThat(back.variantId()).isEqualTo(variantId);
        assertThat(back.totals()).usingRecursiveComparison().isEqualTo(aggregate.totals());
        assertThat(back.encodedDurations()).isEqualTo(aggregate.encodedDurations()).isNotEmpty();
        assertThat(back.durationQuantileMs(0.95)).isEqualTo(aggregate.durationQuantileMs(0.95));
    }

    @Test
    void anEmptyAggregateIsStoredWithAnEmptyHistogram() {
        VariantAggregateEntity entity = VariantAggregateMapper.toNewEntity(VariantAggregate.empty(variantId));

        assertThat(entity.variantId()).isEqualTo(variantId.toString());
        assertThat(entity.durationHistogram()).isEmpty();
        assertThat(entity.totals()).usingRecursiveComparison().isEqualTo(new VariantAggregate.Totals());
    }
}
