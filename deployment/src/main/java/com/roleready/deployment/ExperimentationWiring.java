package com.roleready.deployment;

import com.roleready.deployment.experimentation.ExperimentSettingsFromConfig;
import com.roleready.deployment.experimentation.PerThreadRandom;
import com.roleready.experimentation.application.port.out.ExperimentMetricsPort;
import com.roleready.experimentation.application.port.out.LoadExperimentPort;
import com.roleready.experimentation.application.port.out.SaveTestResultPort;
import com.roleready.experimentation.application.port.out.SaveVariantPort;
import com.roleready.experimentation.application.port.out.VariantAggregatesPort;
import com.roleready.experimentation.application.service.AssignableVariants;
import com.roleready.experimentation.application.service.AssignmentService;
import com.roleready.experimentation.application.service.ExperimentResultsService;
import com.roleready.experimentation.application.service.ExperimentationContext;
import com.roleready.experimentation.application.service.ExperimentationContext.ExperimentSettings;
import com.roleready.experimentation.application.service.RecordTestResultService;
import com.roleready.experimentation.application.service.VariantService;
import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Wires the experimentation context's plain-Java services to their adapters, like
 * {@link NotificationWiring}: adapters are injected by the port they implement, and each service
 * is injectable by the use cases (inbound ports) it implements. AssignableVariants and the
 * AssignmentService keep per-server state (the snapshot cache, the round-robin positions), so each
 * exists exactly once.
 */
@ApplicationScoped
public class ExperimentationWiring {

    private static final Logger LOG = Logger.getLogger(ExperimentationWiring.class.getName());

    /** Asking for the settings here makes a bad value fail the start, not the first assignment. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored, ExperimentSettings settings) {
        LOG.info(() -> "Experiment settings: " + settings);
    }

    @Produces
    @Singleton
    ExperimentSettings settings(Config config) {
        return ExperimentSettingsFromConfig.read(config);
    }

    @Produces
    @Singleton
    ExperimentationContext context(UnitOfWork unitOfWork, Clock clock, ExperimentSettings experimentSettings) {
        return new ExperimentationContext(unitOfWork, clock, new PerThreadRandom(), experimentSettings);
    }

    @Produces
    @Singleton
    AssignableVariants assignableVariants(LoadExperimentPort load, VariantAggregatesPort aggregates,
                                          ExperimentationContext context) {
        return new AssignableVariants(load, aggregates, context);
    }

    @Produces
    @Singleton
    VariantService variantService(LoadExperimentPort load, SaveVariantPort save, SaveTestResultPort results,
                                  VariantAggregatesPort aggregates, AssignableVariants assignable,
                                  ExperimentationContext context) {
        return new VariantService(load, save, results, aggregates, assignable, context);
    }

    @Produces
    @Singleton
    AssignmentService assignmentService(AssignableVariants assignable, ExperimentMetricsPort metrics,
                                        ExperimentationContext context) {
        return new AssignmentService(assignable, metrics, context);
    }

    @Produces
    @Singleton
    RecordTestResultService recordTestResultService(LoadExperimentPort load, SaveTestResultPort results,
                                                    VariantAggregatesPort aggregates, ExperimentMetricsPort metrics,
                                                    ExperimentationContext context) {
        return new RecordTestResultService(load, results, aggregates, metrics, context);
    }

    @Produces
    @Singleton
    ExperimentResultsService experimentResultsService(LoadExperimentPort load, VariantAggregatesPort aggregates,
                                                      ExperimentationContext context) {
        return new ExperimentResultsService(load, aggregates, context);
    }
}
