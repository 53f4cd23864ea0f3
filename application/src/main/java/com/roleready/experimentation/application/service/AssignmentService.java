package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.AssignVariantCommand;
import com.roleready.experimentation.application.port.in.AssignVariantUseCase;
import com.roleready.experimentation.application.port.in.Assignment;
import com.roleready.experimentation.application.port.out.ExperimentMetricsPort;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.allocation.AllocationPolicy;
import com.roleready.experimentation.domain.allocation.RandomAllocation;
import com.roleready.experimentation.domain.allocation.RoundRobinAllocation;
import com.roleready.experimentation.domain.allocation.ThompsonSamplingAllocation;
import com.roleready.experimentation.domain.allocation.UserHashAllocation;
import com.roleready.shared.application.NotFoundException;
import java.util.EnumMap;
import java.util.Map;

/** Picks a variant with the requested strategy; the policies are domain objects, one rotation per operation. */
public class AssignmentService implements AssignVariantUseCase {

    private final AssignableVariants assignable;
    private final ExperimentMetricsPort metrics;
    private final AllocationPolicy random;
    private final AllocationPolicy weighted;
    private final AllocationPolicy userHash = new UserHashAllocation();
    private final Map<Operation, AllocationPolicy> rotations = new EnumMap<>(Operation.class);

    public AssignmentService(AssignableVariants assignable, ExperimentMetricsPort metrics,
                             ExperimentationContext context) {
        this.assignable = assignable;
        this.metrics = metrics;
        this.random = new RandomAllocation(context.random());
        this.weighted = new ThompsonSamplingAllocation(context.random(), context.settings().banditMinTrials(),
                context.settings().banditFloorShare());
        for (Operation operation : Operation.values()) {
            rotations.put(operation, new RoundRobinAllocation());
        }
    }

    @Override
    public Assignment assign(AssignVariantCommand command) {
        AssignableVariants.Snapshot snapshot = assignable.of(command.operation());
        if (snapshot.arms().isEmpty()) {
            throw new NotFoundException("no active variant for operation " + command.operation().wireName());
        }
        PromptVariant chosen = snapshot.variant(policy(command).choose(snapshot.arms(), command.userId()));
        metrics.assigned(command.operation(), chosen.label(), command.strategy());
        return new Assignment(chosen.id(), chosen.label(), chosen.draft().name(), chosen.draft().prompt());
    }

    private AllocationPolicy policy(AssignVariantCommand command) {
        return switch (command.strategy()) {
            case RANDOM -> random;
            case WEIGHTED -> weighted;
            case ROUND_ROBIN -> rotations.get(command.operation());
            case USER_HASH -> userHash;
        };
    }
}
