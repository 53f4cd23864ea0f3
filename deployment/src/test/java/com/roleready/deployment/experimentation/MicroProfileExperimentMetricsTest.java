package com.roleready.deployment.experimentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.allocation.AllocationStrategy;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicroProfileExperimentMetricsTest {

    /** Registry look-ups, as "name{tag=value,...}", in call order. */
    private final List<String> lookups = new ArrayList<>();
    private final Map<String, long[]> counts = new HashMap<>();
    private final MicroProfileExperimentMetrics metrics = new MicroProfileExperimentMetrics();

    @BeforeEach
    void fakeRegistry() {
        metrics.registry = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("counter") || !(args[0] instanceof Metadata metadata)) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    String id = metadata.getName() + Arrays.stream((Tag[]) args[1])
                            .map(t -> t.getTagName() + "=" + t.getTagValue()).collect(Collectors.joining(",", "{", "}"));
                    lookups.add(id);
                    long[] count = counts.computeIfAbsent(id, k -> new long[1]);
                    return counter(count);
                });
    }

    private static Counter counter(long[] count) {
        return (Counter) Proxy.newProxyInstance(Counter.class.getClassLoader(), new Class<?>[] {Counter.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "inc" -> {
                        count[0] += args == null ? 1 : (Long) args[0];
                        yield null;
                    }
                    case "getCount" -> count[0];
                    default -> throw new UnsupportedOperationException(method.toString());
                });
    }

    @Test
    void assignmentsAreCountedByOperationVariantAndStrategy() {
        metrics.assigned(Operation.TAILORING, "A", AllocationStrategy.USER_HASH);
        metrics.assigned(Operation.TAILORING, "A", AllocationStrategy.USER_HASH);
        metrics.assigned(Operation.TAILORING, "B", AllocationStrategy.WEIGHTED);

        assertThat(counts.get("experiment_assignments_total{operation=tailoring,variant=A,strategy=user_hash}")[0])
                .isEqualTo(2);
        assertThat(counts.get("experiment_assignments_total{operation=tailoring,variant=B,strategy=weighted}")[0])
                .isEqualTo(1);
    }

    @Test
    void resultsAreCountedByOperationVariantAndOutcome() {
        metrics.resultRecorded(Operation.ATS_ANALYSIS, "B", true);
        metrics.resultRecorded(Operation.ATS_ANALYSIS, "B", false);
        metrics.resultRecorded(Operation.ATS_ANALYSIS, "B", false);

        assertThat(counts.get("experiment_results_total{operation=ats_analysis,variant=B,outcome=success}")[0])
                .isEqualTo(1);
        assertThat(counts.get("experiment_results_total{operation=ats_analysis,variant=B,outcome=failure}")[0])
                .isEqualTo(2);
    }

    @Test
    void eachCounterIsLookedUpInTheRegistryOnlyOnce() {
        for (int i = 0; i < 1_000; i++) {
            metrics.assigned(Operation.TAILORING, "A", AllocationStrategy.RANDOM);
            metrics.resultRecorded(Operation.TAILORING, "A", true);
        }

        assertThat(lookups).hasSize(2);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count[0]).isEqualTo(1_000));
    }
}
