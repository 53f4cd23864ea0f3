package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;

public interface ViewExperimentResultsUseCase {

    /** Read from the running aggregates: the cost is the same for 1 k or 1 M recorded results. */
    ExperimentResults results(Operation operation);
}
