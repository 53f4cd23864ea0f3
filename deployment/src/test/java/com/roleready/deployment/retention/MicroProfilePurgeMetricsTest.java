package com.roleready.deployment.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.retention.application.port.out.PurgeMetricsPort.PurgedKind;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

class MicroProfilePurgeMetricsTest {

    private final Map<String, long[]> counts = new HashMap<>();
    private final MicroProfilePurgeMetrics metrics = new MicroProfilePurgeMetrics();

    {
        metrics.registry = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    Metadata metadata = (Metadata) args[0];
                    String id = metadata.getName() + Arrays.stream((Tag[]) args[1])
                            .map(t -> t.getTagName() + "=" + t.getTagValue()).collect(Collectors.joining(",", "{", "}"));
                    long[] count = counts.computeIfAbsent(id, k -> new long[1]);
                    return (Counter) Proxy.newProxyInstance(Counter.class.getClassLoader(),
                            new Class<?>[] {Counter.class}, (p, m, a) -> {
                                count[0] += (Long) a[0];
                                return null;
                            });
                });
    }

    @Test
    void purgedRowsAreCountedByKindAndEmptyBatchesRegisterNothing() {
        metrics.purged(PurgedKind.DELIVERY, 1000);
        metrics.purged(PurgedKind.DELIVERY, 20);
        metrics.purged(PurgedKind.TEST_RESULT, 7);
        metrics.purged(PurgedKind.EVENT, 0);

        assertThat(counts).containsOnlyKeys("retention_purged_rows_total{kind=delivery}",
                "retention_purged_rows_total{kind=test_result}");
        assertThat(counts.get("retention_purged_rows_total{kind=delivery}")[0]).isEqualTo(1020);
        assertThat(counts.get("retention_purged_rows_total{kind=test_result}")[0]).isEqualTo(7);
    }
}
