package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;

/** Is there a winner for this operation, requiring at least {@code minTests} results per variant? */
public record WinnerQuery(Operation operation, int minTests) {

    public static final int MAX_MIN_TESTS = 1_000_000;

    public WinnerQuery {
        Require.present(operation, "operation");
        if (minTests < 1 || minTests > MAX_MIN_TESTS) {
            throw new DomainValidationException("minTests", "minTests must be between 1 and " + MAX_MIN_TESTS);
        }
    }
}
