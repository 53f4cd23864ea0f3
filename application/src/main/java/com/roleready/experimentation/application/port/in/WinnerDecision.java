package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import java.util.List;
import java.util.UUID;

/**
 * The answer to "which variant won?". {@code declared} is true only when the leader beats the
 * control significantly under the winner rule (ADR 0014); otherwise {@code winner} is null and
 * {@code reason} says why, while {@code leader} still shows who is ahead.
 */
public record WinnerDecision(Operation operation, boolean declared, Contender winner, Contender leader,
                             String reason, List<Contest> comparisons, int minTests, double alpha) {

    public record Contender(UUID variantId, String variant, String name, boolean control, long n,
                            double successRate, Double meanQuality) {
    }

    /**
     * A non-control variant against the control on success rate, with the anytime-valid
     * (sequential) confidence interval and p-value, and the p-value corrected for several variants.
     */
    public record Contest(UUID variantId, String variant, double difference, double ciLower, double ciUpper,
                          double pValue, double adjustedPValue, double chanceToBeatControl, boolean significant) {
    }
}
