package com.roleready.experimentation.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded AI call; written once, never changed. There is no field for the raw input, which
 * holds personal data: only its SHA-256.
 */
@Entity
@Table(name = "experiment_test_result")
@NamedQuery(name = ExperimentTestResultEntity.IDS_OF_VARIANT,
        query = "SELECT r.id FROM ExperimentTestResultEntity r WHERE r.variantId = :variantId")
class ExperimentTestResultEntity {

    static final String IDS_OF_VARIANT = "ExperimentTestResult.idsOfVariant";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "variant_id", nullable = false, length = 36)
    private String variantId;

    /** The operation's wire name. */
    @Column(name = "operation", nullable = false, length = 32)
    private String operation;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "success", nullable = false)
    private boolean success;

    @Column(name = "quality_score")
    private Double qualityScore;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "tokens_used", nullable = false)
    private long tokensUsed;

    @Column(name = "cost_usd", nullable = false)
    private double costUsd;

    @Column(name = "input_hash", length = 64)
    private String inputHash;

    /** A JSON object as text. */
    @Lob
    @Column(name = "output_metrics")
    private String outputMetrics;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ExperimentTestResultEntity() {
        // for JPA
    }

    ExperimentTestResultEntity(String id, String variantId, String operation, String userId, boolean success,
                               Double qualityScore, long durationMs, long tokensUsed, double costUsd,
                               String inputHash, String outputMetrics, Instant recordedAt) {
        this.id = id;
        this.variantId = variantId;
        this.operation = operation;
        this.userId = userId;
        this.success = success;
        this.qualityScore = qualityScore;
        this.durationMs = durationMs;
        this.tokensUsed = tokensUsed;
        this.costUsd = costUsd;
        this.inputHash = inputHash;
        this.outputMetrics = outputMetrics;
        this.recordedAt = recordedAt;
    }

    String id() {
        return id;
    }

    String variantId() {
        return variantId;
    }

    String operation() {
        return operation;
    }

    String userId() {
        return userId;
    }

    boolean success() {
        return success;
    }

    Double qualityScore() {
        return qualityScore;
    }

    long durationMs() {
        return durationMs;
    }

    long tokensUsed() {
        return tokensUsed;
    }

    double costUsd() {
        return costUsd;
    }

    String inputHash() {
        return inputHash;
    }

    String outputMetrics() {
        return outputMetrics;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
