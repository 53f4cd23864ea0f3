package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.ExperimentationOverview;
import com.roleready.experimentation.application.port.in.ExperimentationOverview.OperationOverview;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One line per operation, every operation listed even before it has variants. */
final class OverviewView {

    private OverviewView() {
    }

    static ExperimentationOverview of(List<PromptVariant> all, Map<UUID, VariantAggregate> totals) {
        List<OperationOverview> lines = new ArrayList<>();
        long totalResults = 0;
        for (Operation operation : Operation.values()) {
            List<PromptVariant> variants = all.stream().filter(v -> v.operation() == operation).toList();
            long results = 0;
            long successes = 0;
            for (PromptVariant v : variants) {
                results += totals.get(v.id()).count();
                successes += totals.get(v.id()).successes();
            }
            totalResults += results;
            String control = variants.stream().filter(PromptVariant::isControl).map(PromptVariant::label)
                    .findFirst().orElse(null);
            lines.add(new OperationOverview(operation, (int) variants.stream().filter(v -> !v.isArchived()).count(),
                    (int) variants.stream().filter(PromptVariant::isAssignable).count(),
                    (int) variants.stream().filter(PromptVariant::isArchived).count(), control, results,
                    results == 0 ? 0 : (double) successes / results));
        }
        return new ExperimentationOverview(lines, totalResults);
    }
}
