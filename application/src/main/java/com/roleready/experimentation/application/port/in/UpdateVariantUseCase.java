package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.PromptVariant;

public interface UpdateVariantUseCase {

    /** @throws com.roleready.shared.application.NotFoundException for an unknown id */
    PromptVariant update(UpdateVariantCommand command);
}
