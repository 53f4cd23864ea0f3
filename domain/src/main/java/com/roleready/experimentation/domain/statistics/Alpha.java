package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;

/** The significance level guard shared by every test. */
final class Alpha {

    static final String FIELD = "alpha";

    private Alpha() {
    }

    static double require(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new DomainValidationException(FIELD, "alpha must be between 0 and 1 (exclusive), e.g. 0.05");
        }
        return alpha;
    }
}
