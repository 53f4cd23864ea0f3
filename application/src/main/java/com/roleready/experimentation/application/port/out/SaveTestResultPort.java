package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.TestResult;
import java.util.UUID;

public interface SaveTestResultPort {

    void save(TestResult result);

    /**
     * Whether a result row of the variant is stored. Rows older than the retention window are purged,
     * so this alone does not say whether a result was ever recorded: the variant's aggregate does.
     */
    boolean anyFor(UUID variantId);
}
