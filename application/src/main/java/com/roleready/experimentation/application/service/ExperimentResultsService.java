package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.DecideWinnerUseCase;
import com.roleready.experimentation.application.port.in.ExperimentResults;
import com.roleready.experimentation.application.port.in.ExperimentationOverview;
import com.roleready.experimentation.application.port.in.ViewExperimentResultsUseCase;
import com.roleready.experimentation.application.port.in.ViewExperimentationOverviewUseCase;
import com.roleready.experimentation.application.port.in.WinnerDecision;
import com.roleready.experimentation.application.port.in.WinnerQuery;
import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.statistics.WinnerRule;
import com.roleready.experimentation.domain.statistics.WinnerVerdict;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an operation's variants and their running aggregates in one short transaction and lets the
 * domain statistics judge them; nothing here scales with the number of recorded results.
 */
public class ExperimentResultsService implements ViewExperimentResultsUseCase, DecideWinnerUseCase,
        ViewExperimentationOverviewUseCase {

    private final LoadExperimentPort load;
    private final VariantAggregatesPort aggregates;
    private final ExperimentationContext context;

    public ExperimentResultsService(LoadExperimentPort load, VariantAggregatesPort aggregates,
                                    ExperimentationContext context) {
        this.load = load;
        this.aggregates = aggregates;
        this.context = context;
    }

    @Override
    public ExperimentResults results(Operation operation) {
        Measured measured = measure(operation);
        return ResultsView.of(operation, measured.reported(), measured.totals(), measured.experiment().assignable(),
                context.settings().alpha());
    }

    @Override
    public WinnerDecision decide(WinnerQuery query) {
        Measured measured = measure(query.operation());
        List<PromptVariant> contenders = measured.experiment().assignable();
        double alpha = context.settings().alpha();
        if (measured.experiment().control().isEmpty() || contenders.isEmpty()) {
            return new WinnerDecision(query.operation(), false, null, null,
                    query.operation().wireName() + " has no active variants yet", List.of(), query.minTests(), alpha);
        }
        WinnerRule rule = new WinnerRule(query.minTests(), alpha, WinnerRule.DEFAULT.sequentialTuning());
        WinnerVerdict verdict = rule.decide(WinnerView.arms(contenders, measured.totals()));
        return WinnerView.of(query, verdict, contenders, measured.totals(), alpha);
    }

    @Override
    public ExperimentationOverview overview() {
        return context.unitOfWork().inTransaction(() -> {
            List<PromptVariant> all = load.loadAll();
            Map<UUID, VariantAggregate> totals = aggregates.load(all.stream().map(PromptVariant::id).toList());
            return OverviewView.of(all, totals);
        });
    }

    /** Variants shown in results: every current one, and archived ones that have results (never lost). */
    private Measured measure(Operation operation) {
        return context.unitOfWork().inTransaction(() -> {
            Experiment experiment = load.load(operation);
            Map<UUID, VariantAggregate> totals = aggregates.load(experiment.all().stream().map(PromptVariant::id)
                    .toList());
            List<PromptVariant> reported = experiment.all().stream()
                    .filter(v -> !v.isArchived() || totals.get(v.id()).count() > 0)
                    .sorted(ResultsView.ORDER).toList();
            return new Measured(experiment, reported, totals);
        });
    }

    private record Measured(Experiment experiment, List<PromptVariant> reported, Map<UUID, VariantAggregate> totals) {
    }
}
