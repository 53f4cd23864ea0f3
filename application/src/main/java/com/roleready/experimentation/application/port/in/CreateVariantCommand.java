package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.VariantDraft;
import com.roleready.shared.domain.Require;

/** An admin adds a prompt variant. {@code asControl} asks for the control role (refused if one exists). */
public record CreateVariantCommand(VariantDraft draft, boolean asControl, String by) {

    public CreateVariantCommand {
        Require.present(draft, "variant");
        Require.notBlank(by, "by");
    }

    public static CreateVariantCommand of(String operation, String label, String name, String prompt, Boolean active,
                                          Boolean asControl, Double weight, String by) {
        Require.notBlank(operation, "operation");
        return new CreateVariantCommand(new VariantDraft(Operation.fromWireName(operation, "operation"), label, name,
                prompt, active == null || active, weight), Boolean.TRUE.equals(asControl), by);
    }
}
