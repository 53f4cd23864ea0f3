package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.WinnerDecision;
import com.roleready.experimentation.application.port.in.WinnerDecision.Contender;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a variant has won. {@code declared} only when it beats the control significantly, with
 * the p-value corrected for several variants and valid under repeated looks; otherwise
 * {@code winner} is null, {@code reason} says why and {@code leader} shows who is ahead.
 */
@Schema(name = "WinnerDecision")
@JsonbNillable // "winner": null says "no winner" more plainly than a missing key
@JsonbPropertyOrder({"operation", "declared", "winner", "leader", "reason", "comparisons", "minTests", "alpha"})
public record WinnerResponse(String operation, boolean declared,
                             // Object, not Candidate: Yasson 3.0 leaves out a null property of a class type even
                             // when nillable, and "winner": null must be present.
                             @Schema(implementation = Candidate.class, nullable = true,
                                     description = "null unless declared") Object winner,
                             @Schema(implementation = Candidate.class, nullable = true,
                                     description = "Best by success rate and quality; null without active variants")
                             Object leader,
                             String reason, List<Contest> comparisons, int minTests, Double alpha) {

    @Schema(name = "WinnerCandidate")
    @JsonbPropertyOrder({"variantId", "variant", "name", "control", "n", "successRate", "meanQuality"})
    public record Candidate(String variantId, String variant, String name,
                            @JsonbProperty("isControl") boolean control, long n, Double successRate,
                            Double meanQuality) {
    }

    @Schema(name = "WinnerComparison", description = "A variant against the control on success rate")
    @JsonbPropertyOrder({"variantId", "variant", "difference", "ciLower", "ciUpper", "pValue", "adjustedPValue",
            "chanceToBeatControl", "significant"})
    public record Contest(String variantId, String variant, Double difference,
                          @Schema(description = "Anytime-valid (sequential) confidence interval") Double ciLower,
                          Double ciUpper, Double pValue,
                          @Schema(description = "Corrected for several variants (Holm-Bonferroni)")
                          Double adjustedPValue, Double chanceToBeatControl, boolean significant) {
    }

    static WinnerResponse of(WinnerDecision d) {
        return new WinnerResponse(d.operation().wireName(), d.declared(), candidate(d.winner()),
                candidate(d.leader()), d.reason(), d.comparisons().stream().map(WinnerResponse::contest).toList(),
                d.minTests(), Finite.orNull(d.alpha()));
    }

    private static Candidate candidate(Contender c) {
        if (c == null) {
            return null;
        }
        return new Candidate(c.variantId().toString(), c.variant(), c.name(), c.control(), c.n(),
                Finite.orNull(c.successRate()), Finite.orNull(c.meanQuality()));
    }

    private static Contest contest(WinnerDecision.Contest c) {
        return new Contest(c.variantId().toString(), c.variant(), Finite.orNull(c.difference()),
                Finite.orNull(c.ciLower()), Finite.orNull(c.ciUpper()), Finite.orNull(c.pValue()),
                Finite.orNull(c.adjustedPValue()), Finite.orNull(c.chanceToBeatControl()), c.significant());
    }
}
