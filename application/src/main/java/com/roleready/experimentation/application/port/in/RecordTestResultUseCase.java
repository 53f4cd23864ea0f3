package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.TestResult;

public interface RecordTestResultUseCase {

    /**
     * Stores the result and updates its variant's running aggregate in one transaction. An unknown
     * variant, one of another operation or an archived one is a validation error on variantId.
     */
    TestResult record(RecordTestResultCommand command);
}
