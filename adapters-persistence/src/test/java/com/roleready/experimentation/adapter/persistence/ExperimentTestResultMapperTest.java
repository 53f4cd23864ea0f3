package com.roleready.experimentation.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.TestResult;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperimentTestResultMapperTest {

    @Test
    void theRowHoldsEveryFieldOfTheResult() {
        TestResult result = new TestResult(UUID.randomUUID(), UUID.randomUUID(), Operation.CONTENT_GENERATION,
                "user-7", true, 66.6, 4_321, 2_048, 0.0315, "0f".repeat(32), "{\"words\":380}",
                Instant.parse("2026-02-03T04:05:06.789Z"));

        ExperimentTestResultEntity entity = ExperimentTestResultMapper.toEntity(result);

        assertThat(entity.id()).isEqualTo(result.id().toString());
        assertThat(entity.variantId()).isEqualTo(result.variantId().toString());
        assertThat(entity.operation()).isEqualTo("content_generation");
        assertThat(entity.userId()).isEqualTo("user-7");
        assertThat(entity.success()).isTrue();
        assertThat(entity.qualityScore()).isEqualTo(66.6);
        assertThat(entity.durationMs()).isEqualTo(4_321);
        assertThat(entity.tokensUsed()).isEqualTo(2_048);
        assertThat(entity.costUsd()).isEqualTo(0.0315);
        assertThat(entity.inputHash()).isEqualTo("0f".repeat(32));
        assertThat(entity.outputMetrics()).isEqualTo("{\"words\":380}");
        assertThat(entity.recordedAt()).isEqualTo(result.recordedAt());
    }

    @Test
    void absentOptionalValuesStayAbsent() {
        TestResult result = new TestResult(UUID.randomUUID(), UUID.randomUUID(), Operation.TAILORING, "u", false,
                null, 0, 0, 0, null, null, Instant.parse("2026-02-03T04:05:06Z"));

        ExperimentTestResultEntity entity = ExperimentTestResultMapper.toEntity(result);

        assertThat(entity.qualityScore()).isNull();
        assertThat(entity.inputHash()).isNull();
        assertThat(entity.outputMetrics()).isNull();
    }
}
