package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.UpdateVariantCommand;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantDraft;

/** Merges a partial update into a variant's current draft; the domain validates the result. */
final class VariantDrafts {

    private VariantDrafts() {
    }

    static VariantDraft merge(PromptVariant current, UpdateVariantCommand command) {
        VariantDraft now = current.draft();
        Operation operation = command.operation() == null ? now.operation()
                : Operation.fromWireName(command.operation(), "operation");
        return new VariantDraft(operation,
                command.label() == null ? now.label() : command.label(),
                command.name() == null ? now.name() : command.name(),
                command.prompt() == null ? now.prompt() : command.prompt(),
                command.active() == null ? now.active() : command.active(),
                command.weight() == null ? now.weight() : command.weight());
    }
}
