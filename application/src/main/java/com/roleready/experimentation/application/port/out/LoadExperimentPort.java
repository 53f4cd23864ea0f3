package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads variants. Writers call {@link #loadForUpdate} so that two admins never interleave on one operation. */
public interface LoadExperimentPort {

    /** Every variant of the operation, archived ones included (an empty experiment when none). */
    Experiment load(Operation operation);

    /**
     * Like {@link #load}, but serialises concurrent writers on the same operation (a row lock held
     * until the transaction ends), so that e.g. two "first variants" cannot both become control.
     */
    Experiment loadForUpdate(Operation operation);

    Optional<PromptVariant> loadVariant(UUID id);

    /** All variants of every operation, archived ones included. */
    List<PromptVariant> loadAll();
}
