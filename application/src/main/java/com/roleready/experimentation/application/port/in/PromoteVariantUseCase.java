package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.PromptVariant;
import java.util.UUID;

public interface PromoteVariantUseCase {

    /** Makes the variant its operation's control and demotes the old control, in one transaction. */
    PromptVariant promote(UUID id, String by);
}
