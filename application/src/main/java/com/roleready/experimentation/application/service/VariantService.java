package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.CreateVariantCommand;
import com.roleready.experimentation.application.port.in.CreateVariantUseCase;
import com.roleready.experimentation.application.port.in.DeleteVariantUseCase;
import com.roleready.experimentation.application.port.in.ListVariantsUseCase;
import com.roleready.experimentation.application.port.in.PromoteVariantUseCase;
import com.roleready.experimentation.application.port.in.UpdateVariantCommand;
import com.roleready.experimentation.application.port.in.UpdateVariantUseCase;
import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.SaveTestResultPort;
import com.roleready.experimentation.application.port.out.SaveVariantPort;
import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantDraft;
import com.roleready.shared.application.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Admin changes to variants. Each loads the operation's experiment with a lock, lets the domain
 * apply its rules and saves what changed, all in one transaction; then drops the assignment cache.
 */
public class VariantService implements CreateVariantUseCase, UpdateVariantUseCase, DeleteVariantUseCase,
        ListVariantsUseCase, PromoteVariantUseCase {

    private final LoadExperimentPort load;
    private final SaveVariantPort save;
    private final SaveTestResultPort results;
    private final VariantAggregatesPort aggregates;
    private final AssignableVariants assignable;
    private final ExperimentationContext context;

    public VariantService(LoadExperimentPort load, SaveVariantPort save, SaveTestResultPort results,
                          VariantAggregatesPort aggregates, AssignableVariants assignable,
                          ExperimentationContext context) {
        this.load = load;
        this.save = save;
        this.results = results;
        this.aggregates = aggregates;
        this.assignable = assignable;
        this.context = context;
    }

    @Override
    public PromptVariant create(CreateVariantCommand command) {
        Operation operation = command.draft().operation();
        return changing(operation, experiment -> {
            PromptVariant created = experiment.add(UUID.randomUUID(), command.draft(), command.asControl(),
                    command.by(), context.now());
            save.saveNew(created);
            return created;
        });
    }

    @Override
    public PromptVariant update(UpdateVariantCommand command) {
        PromptVariant current = get(command.id());
        VariantDraft merged = VariantDrafts.merge(current, command);
        return changing(current.operation(), experiment -> {
            PromptVariant revised = experiment.revise(present(experiment, command.id()), merged, command.asControl(), command.by(),
                    context.now());
            save.update(revised);
            return revised;
        });
    }

    @Override
    public Experiment.Removal delete(UUID id, String by) {
        PromptVariant current = get(id);
        return changing(current.operation(), experiment -> {
            Experiment.Removal removal = experiment.remove(present(experiment, id), hasResults(id), by, context.now());
            if (removal == Experiment.Removal.DELETED) {
                save.delete(id);
            } else {
                save.update(experiment.find(id).orElseThrow());
            }
            return removal;
        });
    }

    @Override
    public PromptVariant promote(UUID id, String by) {
        PromptVariant current = get(id);
        return changing(current.operation(), experiment -> {
            experiment.promote(present(experiment, id), by, context.now()).forEach(save::update); // demoted first
            return experiment.find(id).orElseThrow();
        });
    }

    @Override
    public List<PromptVariant> list(Operation operation, boolean includeArchived) {
        List<PromptVariant> all = context.unitOfWork().inTransaction(() -> operation == null ? load.loadAll()
                : load.load(operation).all());
        return all.stream().filter(v -> includeArchived || !v.isArchived())
                .sorted(Comparator.comparing((PromptVariant v) -> v.operation().ordinal())
                        .thenComparing(v -> !v.isControl()).thenComparing(PromptVariant::label))
                .toList();
    }

    @Override
    public PromptVariant get(UUID id) {
        return context.unitOfWork().inTransaction(() -> load.loadVariant(id))
                .orElseThrow(() -> new NotFoundException("no variant " + id));
    }

    /**
     * Whether the variant ever had a result. The aggregate counts every result recorded, also those
     * whose rows the retention purge has deleted; deleting such a variant would take its aggregate
     * (and so those results) with it. The aggregate is locked, so a recording in flight finishes
     * first and is counted. The row check is a second guard for data older than the aggregates.
     */
    private boolean hasResults(UUID id) {
        return aggregates.lockForUpdate(id).count() > 0 || results.anyFor(id);
    }

    /** The variant may have been deleted between {@link #get} and the lock: then it is not found. */
    private static UUID present(Experiment experiment, UUID id) {
        experiment.find(id).orElseThrow(() -> new NotFoundException("no variant " + id));
        return id;
    }

    private <T> T changing(Operation operation, Function<Experiment, T> change) {
        T outcome = context.unitOfWork().inTransaction(() -> {
            Experiment experiment = load.loadForUpdate(operation);
            return change.apply(experiment);
        });
        assignable.invalidate(operation);
        return outcome;
    }
}
