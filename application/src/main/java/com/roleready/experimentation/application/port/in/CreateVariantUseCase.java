package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.PromptVariant;

public interface CreateVariantUseCase {

    /** The first variant of an operation becomes its control; a second control is a conflict. */
    PromptVariant create(CreateVariantCommand command);
}
