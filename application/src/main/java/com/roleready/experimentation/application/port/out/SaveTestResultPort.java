package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.TestResult;
import java.util.UUID;

public interface SaveTestResultPort {

    void save(TestResult result);

    /** Whether any result was ever recorded for the variant (decides delete versus archive). */
    boolean anyFor(UUID variantId);
}
