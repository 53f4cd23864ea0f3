package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import java.util.List;
import java.util.UUID;

public interface ListVariantsUseCase {

    /** Variants of one operation (or of all when null), control first; archived ones only on request. */
    List<PromptVariant> list(Operation operation, boolean includeArchived);

    /** @throws com.roleready.shared.application.NotFoundException for an unknown id */
    PromptVariant get(UUID id);
}
