package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.allocation.AllocationStrategy;

/** Counters for operators: what was handed out and what came back. */
public interface ExperimentMetricsPort {

    void assigned(Operation operation, String variantLabel, AllocationStrategy strategy);

    void resultRecorded(Operation operation, String variantLabel, boolean success);
}
