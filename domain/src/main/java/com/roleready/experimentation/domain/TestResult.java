package com.roleready.experimentation.domain;

import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The outcome of one AI call made with a variant. The raw input is never kept (it holds resumes,
 * i.e. personal data): only its SHA-256 fingerprint, for grouping similar inputs.
 *
 * @param qualityScore 0-100, or null when the caller has no quality measure
 * @param inputHash    lower-case hex SHA-256 of the canonical input JSON, or null
 * @param outputMetricsJson a JSON object as text, or null
 */
public record TestResult(UUID id, UUID variantId, Operation operation, String userId, boolean success,
                         Double qualityScore, long durationMs, long tokensUsed, double costUsd, String inputHash,
                         String outputMetricsJson, Instant recordedAt) {

    public static final int MAX_OUTPUT_METRICS_LENGTH = 16 * 1024;
    /** An AI call longer than a day is a unit mistake, not a measurement. */
    public static final long MAX_DURATION_MS = 86_400_000L;
    public static final double MAX_COST_USD = 10_000;
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public TestResult {
        Require.present(id, "id");
        Require.present(variantId, "variantId");
        Require.present(operation, "operation");
        Require.maxLength(Require.notBlank(userId, "userId"), 255, "userId");
        if (qualityScore != null && (!Double.isFinite(qualityScore) || qualityScore < 0 || qualityScore > 100)) {
            throw new DomainValidationException("qualityScore", "qualityScore must be between 0 and 100");
        }
        if (durationMs < 0 || durationMs > MAX_DURATION_MS) {
            throw new DomainValidationException("durationMs", "durationMs must be between 0 and " + MAX_DURATION_MS);
        }
        if (tokensUsed < 0 || tokensUsed > 100_000_000L) {
            throw new DomainValidationException("tokensUsed", "tokensUsed must be between 0 and 100000000");
        }
        if (!Double.isFinite(costUsd) || costUsd < 0 || costUsd > MAX_COST_USD) {
            throw new DomainValidationException("costUsd", "costUsd must be between 0 and " + MAX_COST_USD);
        }
        if (inputHash != null && !SHA_256_HEX.matcher(inputHash).matches()) {
            throw new DomainValidationException("input", "the input fingerprint must be a SHA-256 hex digest");
        }
        Require.maxLength(outputMetricsJson, MAX_OUTPUT_METRICS_LENGTH, "outputMetrics");
        Require.present(recordedAt, "recordedAt");
    }

    /**
     * What the bandit learns from: a failure is worth 0, a success its quality (0-1) when scored,
     * else 1. So a variant that succeeds with poor answers does not win traffic.
     */
    public double reward() {
        if (!success) {
            return 0;
        }
        return qualityScore == null ? 1 : qualityScore / 100.0;
    }
}
