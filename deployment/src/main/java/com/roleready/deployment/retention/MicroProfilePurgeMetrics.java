package com.roleready.deployment.retention;

import com.roleready.retention.application.port.out.PurgeMetricsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Rows deleted by the retention purge, by kind, in the application registry (Prometheus at /metrics). */
@ApplicationScoped
public class MicroProfilePurgeMetrics implements PurgeMetricsPort {

    static final String PURGED = "retention_purged_rows_total";

    private static final Metadata PURGED_METADATA = Metadata.builder().withName(PURGED)
            .withDescription("Rows deleted by the retention purge, by kind (delivery, delivery_attempt, event,"
                    + " test_result)").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Override
    public void purged(PurgedKind kind, long rows) {
        if (rows > 0) {
            registry.counter(PURGED_METADATA, new Tag("kind", kind.wireName())).inc(rows);
        }
    }
}
