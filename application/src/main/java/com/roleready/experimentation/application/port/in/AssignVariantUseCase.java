package com.roleready.experimentation.application.port.in;

public interface AssignVariantUseCase {

    /** @throws com.roleready.shared.application.NotFoundException when the operation has no active variant */
    Assignment assign(AssignVariantCommand command);
}
