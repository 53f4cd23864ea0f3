package com.roleready.deployment;

import com.roleready.deployment.retention.RetentionSettings;
import com.roleready.experimentation.application.port.out.PurgeTestResultsPort;
import com.roleready.notification.application.port.out.PurgeDeliveriesPort;
import com.roleready.retention.application.port.out.PurgeMetricsPort;
import com.roleready.retention.application.service.PurgeExpiredRecordsService;
import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/** Wires the retention purge (both contexts, through their purge ports) and reads its settings. */
@ApplicationScoped
public class RetentionWiring {

    @Produces
    @Singleton
    RetentionSettings settings(Config config) {
        return RetentionSettings.read(config);
    }

    @Produces
    @Singleton
    PurgeExpiredRecordsService purgeExpiredRecordsService(PurgeDeliveriesPort deliveries,
                                                          PurgeTestResultsPort testResults, PurgeMetricsPort metrics,
                                                          UnitOfWork unitOfWork, Clock clock,
                                                          RetentionSettings settings) {
        return new PurgeExpiredRecordsService(deliveries, testResults, metrics, unitOfWork, clock, settings.policy());
    }
}
