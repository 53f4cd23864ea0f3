package com.roleready.experimentation.application.port.in;

public interface ViewExperimentationOverviewUseCase {

    ExperimentationOverview overview();
}
