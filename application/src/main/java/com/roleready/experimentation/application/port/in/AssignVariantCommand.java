package com.roleready.experimentation.application.port.in;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.allocation.AllocationStrategy;
import com.roleready.shared.domain.Require;

/** An AI service asks which prompt to use for this user's call. */
public record AssignVariantCommand(Operation operation, String userId, AllocationStrategy strategy) {

    public AssignVariantCommand {
        Require.present(operation, "operation");
        Require.maxLength(Require.notBlank(userId, "userId"), 255, "userId");
        Require.present(strategy, "strategy");
    }

    public static AssignVariantCommand of(String operation, String userId, String strategy) {
        Require.notBlank(operation, "operation");
        Require.notBlank(strategy, "strategy");
        return new AssignVariantCommand(Operation.fromWireName(operation, "operation"), userId,
                AllocationStrategy.fromWireName(strategy, "strategy"));
    }
}
