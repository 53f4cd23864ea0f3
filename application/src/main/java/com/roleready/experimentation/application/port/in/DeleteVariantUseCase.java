package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Experiment;
import java.util.UUID;

public interface DeleteVariantUseCase {

    /** Deletes a variant without results, archives one with results; the control is a conflict. */
    Experiment.Removal delete(UUID id, String by);
}
