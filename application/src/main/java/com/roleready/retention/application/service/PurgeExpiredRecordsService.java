package com.roleready.retention.application.service;

import com.roleready.experimentation.application.port.out.PurgeTestResultsPort;
import com.roleready.notification.application.port.out.PurgeDeliveriesPort;
import com.roleready.notification.application.port.out.PurgeDeliveriesPort.PurgedDeliveries;
import com.roleready.retention.application.port.in.PurgeExpiredRecordsUseCase;
import com.roleready.retention.application.port.in.PurgeReport;
import com.roleready.retention.application.port.out.PurgeMetricsPort;
import com.roleready.retention.application.port.out.PurgeMetricsPort.PurgedKind;
import com.roleready.shared.application.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

/**
 * Deletes expired records of both contexts through their ports, one short transaction per batch,
 * so that no long transaction holds locks on the hot tables. Each batch is counted as soon as it
 * commits. Deliveries go before events: an event goes only once no delivery refers to it.
 */
public class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {

    private final PurgeDeliveriesPort deliveries;
    private final PurgeTestResultsPort testResults;
    private final PurgeMetricsPort metrics;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final RetentionPolicy policy;

    public PurgeExpiredRecordsService(PurgeDeliveriesPort deliveries, PurgeTestResultsPort testResults,
                                      PurgeMetricsPort metrics, UnitOfWork unitOfWork, Clock clock,
                                      RetentionPolicy policy) {
        this.deliveries = deliveries;
        this.testResults = testResults;
        this.metrics = metrics;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public PurgeReport purgeExpired() {
        Instant now = clock.instant();
        Instant deliveryCutoff = now.minus(policy.deliveryRetention());
        Instant resultCutoff = now.minus(policy.testResultRetention());
        long[] attempts = {0};
        Run purgedDeliveries = inBatches(limit -> {
            PurgedDeliveries batch = unitOfWork.inTransaction(() -> deliveries.deleteFinishedBefore(deliveryCutoff, limit));
            attempts[0] += batch.attempts();
            metrics.purged(PurgedKind.DELIVERY_ATTEMPT, batch.attempts());
            return counted(PurgedKind.DELIVERY, batch.deliveries());
        });
        Run events = inBatches(limit -> counted(PurgedKind.EVENT, unitOfWork.inTransaction(
                () -> deliveries.deleteEventsWithoutDeliveriesBefore(deliveryCutoff, limit))));
        Run results = inBatches(limit -> counted(PurgedKind.TEST_RESULT, unitOfWork.inTransaction(
                () -> testResults.deleteRecordedBefore(resultCutoff, limit))));
        return new PurgeReport(purgedDeliveries.rows(), attempts[0], events.rows(), results.rows(),
                !purgedDeliveries.capped() && !events.capped() && !results.capped());
    }

    private int counted(PurgedKind kind, int rows) {
        metrics.purged(kind, rows);
        return rows;
    }

    /** Runs batches until one comes back short (nothing more is expired) or the per-run cap is reached. */
    private Run inBatches(IntUnaryOperator batch) {
        long total = 0;
        while (total < policy.maxRowsPerRun()) {
            int limit = (int) Math.min(policy.batchSize(), policy.maxRowsPerRun() - total);
            int deleted = batch.applyAsInt(limit);
            total += deleted;
            if (deleted < limit) {
                return new Run(total, false);
            }
        }
        return new Run(total, true);
    }

    private record Run(long rows, boolean capped) {
    }
}
