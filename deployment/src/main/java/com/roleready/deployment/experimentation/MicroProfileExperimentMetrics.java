package com.roleready.deployment.experimentation;

import com.roleready.experimentation.application.port.out.ExperimentMetricsPort;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.allocation.AllocationStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Experiment counters in the application registry (Prometheus at /metrics): assignments by
 * operation, variant and strategy, and recorded results by operation, variant and outcome.
 * Every AI call is counted, so each Counter is looked up in the registry once and then kept.
 */
@ApplicationScoped
public class MicroProfileExperimentMetrics implements ExperimentMetricsPort {

    static final String ASSIGNMENTS = "experiment_assignments_total";
    static final String RESULTS = "experiment_results_total";

    private static final Metadata ASSIGNMENTS_METADATA = Metadata.builder().withName(ASSIGNMENTS)
            .withDescription("Prompt variants handed out, by operation, variant label and allocation strategy").build();
    private static final Metadata RESULTS_METADATA = Metadata.builder().withName(RESULTS)
            .withDescription("Test results recorded, by operation, variant label and outcome").build();

    private final Map<AssignmentKey, Counter> assignments = new ConcurrentHashMap<>();
    private final Map<ResultKey, Counter> results = new ConcurrentHashMap<>();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Override
    public void assigned(Operation operation, String variantLabel, AllocationStrategy strategy) {
        assignments.computeIfAbsent(new AssignmentKey(operation, variantLabel, strategy), key ->
                registry.counter(ASSIGNMENTS_METADATA, new Tag("operation", operation.wireName()),
                        new Tag("variant", variantLabel), new Tag("strategy", strategy.wireName()))).inc();
    }

    @Override
    public void resultRecorded(Operation operation, String variantLabel, boolean success) {
        results.computeIfAbsent(new ResultKey(operation, variantLabel, success), key ->
                registry.counter(RESULTS_METADATA, new Tag("operation", operation.wireName()),
                        new Tag("variant", variantLabel), new Tag("outcome", success ? "success" : "failure"))).inc();
    }

    private record AssignmentKey(Operation operation, String variant, AllocationStrategy strategy) {
    }

    private record ResultKey(Operation operation, String variant, boolean success) {
    }
}
