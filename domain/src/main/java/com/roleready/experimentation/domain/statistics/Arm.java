package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;

/**
 * One prompt variant's running aggregates as the winner rule sees them.
 *
 * @param id      the variant's label or id, used in the verdict's sentences (e.g. "B")
 * @param control whether this is the operation's control
 * @param success results and successes; {@code success.n()} is the arm's number of results
 * @param quality quality scores (0-100) of the results that had one
 */
public record Arm(String id, boolean control, ProportionSample success, MeanSample quality) {

    public Arm {
        if (id == null || id.isBlank()) {
            throw new DomainValidationException("id", "an arm needs an id");
        }
        if (success == null) {
            throw new DomainValidationException("success", "arm " + id + " needs its success counts");
        }
        if (quality == null) {
            quality = MeanSample.EMPTY;
        }
    }

    public long results() {
        return success.n();
    }
}
