package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.domain.TestResult;

/** Maps a recorded result to its row; results are only written here, and read as aggregates. */
final class ExperimentTestResultMapper {

    private ExperimentTestResultMapper() {
    }

    static ExperimentTestResultEntity toEntity(TestResult result) {
        return new ExperimentTestResultEntity(result.id().toString(), result.variantId().toString(),
                result.operation().wireName(), result.userId(), result.success(), result.qualityScore(),
                result.durationMs(), result.tokensUsed(), result.costUsd(), result.inputHash(),
                result.outputMetricsJson(), result.recordedAt());
    }
}
