package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.domain.VariantAggregate.Totals;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A variant's running totals and duration histogram: one row per variant, locked while a result is recorded. */
@Entity
@Table(name = "variant_aggregate")
@NamedQuery(name = VariantAggregateEntity.FIND_BY_IDS,
        query = "SELECT a FROM VariantAggregateEntity a WHERE a.variantId IN :ids")
class VariantAggregateEntity {

    static final String FIND_BY_IDS = "VariantAggregate.findByIds";

    @Id
    @Column(name = "variant_id", length = 36)
    private String variantId;

    @Column(name = "result_count", nullable = false)
    private long count;

    @Column(name = "successes", nullable = false)
    private long successes;

    @Column(name = "reward_sum", nullable = false)
    private double rewardSum;

    @Column(name = "quality_count", nullable = false)
    private long qualityCount;

    @Column(name = "quality_sum", nullable = false)
    private double qualitySum;

    @Column(name = "quality_sum_squares", nullable = false)
    private double qualitySumSquares;

    @Column(name = "duration_sum", nullable = false)
    private double durationSum;

    @Column(name = "duration_sum_squares", nullable = false)
    private double durationSumSquares;

    @Column(name = "tokens_sum", nullable = false)
    private double tokensSum;

    @Column(name = "tokens_sum_squares", nullable = false)
    private double tokensSumSquares;

    @Column(name = "cost_sum", nullable = false)
    private double costSum;

    @Column(name = "cost_sum_squares", nullable = false)
    private double costSumSquares;

    /** {@code DurationHistogram.encode()}: "bucket:count,..." of the non-empty buckets. */
    @Lob
    @Column(name = "duration_histogram", nullable = false)
    private String durationHistogram;

    protected VariantAggregateEntity() {
        // for JPA
    }

    VariantAggregateEntity(String variantId) {
        this.variantId = variantId;
    }

    /** Changes go through the entity itself, which EclipseLink's woven change tracking sees. */
    void applyState(Totals totals, String encodedDurations) {
        this.count = totals.count;
        this.successes = totals.successes;
        this.rewardSum = totals.rewardSum;
        this.qualityCount = totals.qualityCount;
        this.qualitySum = totals.qualitySum;
        this.qualitySumSquares = totals.qualitySumSquares;
        this.durationSum = totals.durationSum;
        this.durationSumSquares = totals.durationSumSquares;
        this.tokensSum = totals.tokensSum;
        this.tokensSumSquares = totals.tokensSumSquares;
        this.costSum = totals.costSum;
        this.costSumSquares = totals.costSumSquares;
        this.durationHistogram = encodedDurations;
    }

    Totals totals() {
        Totals totals = new Totals();
        totals.count = count;
        totals.successes = successes;
        totals.rewardSum = rewardSum;
        totals.qualityCount = qualityCount;
        totals.qualitySum = qualitySum;
        totals.qualitySumSquares = qualitySumSquares;
        totals.durationSum = durationSum;
        totals.durationSumSquares = durationSumSquares;
        totals.tokensSum = tokensSum;
        totals.tokensSumSquares = tokensSumSquares;
        totals.costSum = costSum;
        totals.costSumSquares = costSumSquares;
        return totals;
    }

    String variantId() {
        return variantId;
    }

    String durationHistogram() {
        return durationHistogram;
    }
}
