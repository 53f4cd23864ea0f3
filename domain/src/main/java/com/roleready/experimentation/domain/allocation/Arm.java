package com.roleready.experimentation.domain.allocation;

import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;
import java.util.UUID;

/**
 * A candidate variant as an {@link AllocationPolicy} sees it: its static traffic weight and its recorded outcomes.
 *
 * <p>{@code rewardSum} is the sum of per-result rewards in [0, 1], where a result's reward is
 * {@code success ? (qualityScore / 100 if a quality score was given, else 1) : 0} (see {@link #reward}). A failed
 * result earns nothing however good its quality score; a success earns its quality so that the bandit prefers
 * variants that succeed <em>and</em> score well. Because every reward lies in [0, 1], {@code rewardSum} can serve
 * as the "successes" of a Beta posterior.
 *
 * @param variantId the variant this arm stands for
 * @param weight    static traffic weight, finite and &gt; 0 (1 when the variant has none)
 * @param trials    number of recorded results, &ge; 0
 * @param rewardSum sum of the recorded results' rewards, between 0 and {@code trials}
 */
public record Arm(UUID variantId, double weight, long trials, double rewardSum) {

    public static final double DEFAULT_WEIGHT = 1.0;

    public Arm {
        Require.present(variantId, "variantId");
        // !(x > 0) also rejects NaN, which a plain x <= 0 would let through.
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new DomainValidationException("weight", "weight must be a finite number greater than 0");
        }
        if (trials < 0) {
            throw new DomainValidationException("trials", "trials must be at least 0");
        }
        if (!(rewardSum >= 0) || rewardSum > trials) {
            throw new DomainValidationException("rewardSum", "rewardSum must be between 0 and trials");
        }
    }

    /** An arm with the default weight and no recorded results yet. */
    public static Arm of(UUID variantId) {
        return new Arm(variantId, DEFAULT_WEIGHT, 0, 0);
    }

    /** An arm with the given static weight and no recorded results yet. */
    public static Arm weighted(UUID variantId, double weight) {
        return new Arm(variantId, weight, 0, 0);
    }

    /**
     * The reward of one recorded result: 0 when it failed, else its quality score scaled to [0, 1], or 1 when it
     * has no quality score.
     *
     * @param qualityScore 0–100, or {@code null} when the result was not scored
     */
    public static double reward(boolean success, Double qualityScore) {
        if (qualityScore != null && !(qualityScore >= 0 && qualityScore <= 100)) {
            throw new DomainValidationException("qualityScore", "qualityScore must be between 0 and 100");
        }
        if (!success) {
            return 0;
        }
        return qualityScore == null ? 1 : qualityScore / 100;
    }

    /** This arm after one more recorded result with the given reward in [0, 1]. */
    public Arm withResult(double reward) {
        if (!(reward >= 0 && reward <= 1)) {
            throw new DomainValidationException("reward", "reward must be between 0 and 1");
        }
        return new Arm(variantId, weight, trials + 1, Math.min(trials + 1, rewardSum + reward));
    }

    /** This arm with another static weight and the same recorded results. */
    public Arm withWeight(double newWeight) {
        return new Arm(variantId, newWeight, trials, rewardSum);
    }
}
