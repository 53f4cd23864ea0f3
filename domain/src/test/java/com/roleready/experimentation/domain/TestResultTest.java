package com.roleready.experimentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestResultTest {

    static final UUID VARIANT = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");

    static TestResult result(boolean success, Double quality, long durationMs, long tokens, double cost, String hash) {
        return new TestResult(UUID.randomUUID(), VARIANT, Operation.TAILORING, "user-1", success, quality, durationMs,
                tokens, cost, hash, "{\"sections\":3}", AT);
    }

    @Test
    void acceptsAWellFormedResultAndTheLimits() {
        assertThat(result(true, 0.0, 0, 0, 0, SHA).qualityScore()).isZero();
        assertThat(result(true, 100.0, TestResult.MAX_DURATION_MS, 100_000_000L, TestResult.MAX_COST_USD, null))
                .isNotNull();
        assertThat(result(false, null, 1200, 900, 0.012, SHA).inputHash()).isEqualTo(SHA);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 100.001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAQualityScoreOutsideZeroToHundred(double quality) {
        assertField(() -> result(true, quality, 1, 1, 0, SHA), "qualityScore");
    }

    @Test
    void rejectsNegativeOrAbsurdDurationTokensAndCost() {
        assertField(() -> result(true, 50.0, -1, 1, 0, SHA), "durationMs");
        assertField(() -> result(true, 50.0, TestResult.MAX_DURATION_MS + 1, 1, 0, SHA), "durationMs");
        assertField(() -> result(true, 50.0, 1, -1, 0, SHA), "tokensUsed");
        assertField(() -> result(true, 50.0, 1, 100_000_001L, 0, SHA), "tokensUsed");
        assertField(() -> result(true, 50.0, 1, 1, -0.01, SHA), "costUsd");
        assertField(() -> result(true, 50.0, 1, 1, Double.NaN, SHA), "costUsd");
        assertField(() -> result(true, 50.0, 1, 1, Double.POSITIVE_INFINITY, SHA), "costUsd");
        assertField(() -> result(true, 50.0, 1, 1, TestResult.MAX_COST_USD + 1, SHA), "costUsd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088",
            "zf86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})
    void rejectsAnInputHashThatIsNotLowerCaseSha256Hex(String hash) {
        // The field is "input": callers send the input, which is hashed and never stored (it holds resumes).
        assertField(() -> result(true, 50.0, 1, 1, 0, hash), "input");
    }

    @Test
    void rejectsMissingIdentityAndOversizedMetrics() {
        assertField(() -> new TestResult(UUID.randomUUID(), VARIANT, Operation.TAILORING, " ", true, null, 1, 1, 0,
                null, null, AT), "userId");
        assertField(() -> new TestResult(UUID.randomUUID(), null, Operation.TAILORING, "u", true, null, 1, 1, 0,
                null, null, AT), "variantId");
        assertField(() -> new TestResult(UUID.randomUUID(), VARIANT, null, "u", true, null, 1, 1, 0,
                null, null, AT), "operation");
        assertField(() -> new TestResult(UUID.randomUUID(), VARIANT, Operation.TAILORING, "u", true, null, 1, 1, 0,
                null, "x".repeat(TestResult.MAX_OUTPUT_METRICS_LENGTH + 1), AT), "outputMetrics");
        assertField(() -> new TestResult(UUID.randomUUID(), VARIANT, Operation.TAILORING, "u", true, null, 1, 1, 0,
                null, null, null), "recordedAt");
    }

    @Test
    void theRewardIsZeroOnFailureElseTheQualityOrOne() {
        assertThat(result(false, 90.0, 1, 1, 0, null).reward()).isZero();
        assertThat(result(true, 90.0, 1, 1, 0, null).reward()).isEqualTo(0.9);
        assertThat(result(true, null, 1, 1, 0, null).reward()).isEqualTo(1.0);
        assertThat(result(true, 0.0, 1, 1, 0, null).reward()).isZero();
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
