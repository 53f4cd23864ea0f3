package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import java.util.List;

/** One line per operation for the admins' dashboard. */
public record ExperimentationOverview(List<OperationOverview> operations, long totalResults) {

    /** @param control the control's label, or null when the operation has no variant yet */
    public record OperationOverview(Operation operation, int variants, int activeVariants, int archivedVariants,
                                    String control, long results, double successRate) {
    }
}
