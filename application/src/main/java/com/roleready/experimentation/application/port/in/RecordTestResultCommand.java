package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;
import java.util.UUID;

/**
 * An AI service reports how a call with an assigned variant went. The numbers are checked by
 * {@link com.roleready.experimentation.domain.TestResult}; here only presence and shape.
 *
 * @param variantLabel optional; when given it must be the label of {@code variantId}
 * @param inputHash    SHA-256 hex of the canonical input JSON (the raw input never reaches the core)
 */
public record RecordTestResultCommand(String userId, UUID variantId, Operation operation, String variantLabel,
                                      boolean success, Double qualityScore, long durationMs, long tokensUsed,
                                      double costUsd, String inputHash, String outputMetricsJson) {

    public RecordTestResultCommand {
        Require.notBlank(userId, "userId");
        Require.present(variantId, "variantId");
        Require.present(operation, "operation");
    }

    public static RecordTestResultCommand of(String userId, String variantId, String operation, String variantLabel,
                                             Boolean success, Double qualityScore, Long durationMs, Long tokensUsed,
                                             Double costUsd, String inputHash, String outputMetricsJson) {
        Require.notBlank(operation, "operation");
        return new RecordTestResultCommand(userId, uuid(variantId), Operation.fromWireName(operation, "operation"),
                variantLabel, Require.present(success, "success"), qualityScore,
                Require.present(durationMs, "durationMs"), Require.present(tokensUsed, "tokensUsed"),
                Require.present(costUsd, "costUsd"), inputHash, outputMetricsJson);
    }

    private static UUID uuid(String text) {
        Require.notBlank(text, "variantId");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new DomainValidationException("variantId", "variantId must be a variant's UUID");
        }
    }
}
