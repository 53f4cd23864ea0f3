package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryMetricsPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Claims due deliveries in a short transaction, makes each HTTP attempt outside any transaction,
 * then records the outcome in another short one.
 */
public class DispatchService implements DispatchDueDeliveriesUseCase {

    private final ClaimDueDeliveriesPort claims;
    private final LoadEndpointsPort loadEndpoints;
    private final EndpointStore endpointStore;
    private final SendWebhookPort transport;
    private final DeliveryMetricsPort metrics;
    private final NotificationContext context;

    public DispatchService(ClaimDueDeliveriesPort claims, LoadEndpointsPort loadEndpoints, EndpointStore endpointStore,
                           SendWebhookPort transport, DeliveryMetricsPort metrics, NotificationContext context) {
        this.claims = claims;
        this.loadEndpoints = loadEndpoints;
        this.endpointStore = endpointStore;
        this.transport = transport;
        this.metrics = metrics;
        this.context = context;
    }

    @Override
    public List<ClaimedDelivery> claimDue(int max) {
        Instant now = context.now();
        int limit = Math.min(max, context.settings().claimBatchSize());
        return limit <= 0 ? List.of() : context.unitOfWork().inTransaction(() -> claims.claimDue(now,
                now.plus(context.settings().lease()), limit));
    }

    @Override
    public void attempt(ClaimedDelivery claim) {
        Delivery delivery = claim.delivery();
        Optional<WebhookEndpoint> endpoint = context.unitOfWork()
                .inTransaction(() -> loadEndpoints.loadById(delivery.endpointId()));
        if (endpoint.isEmpty() || !endpoint.get().isEnabled()) {
            cancel(claim);
            return;
        }
        Instant startedAt = context.now();
        AttemptResult result = transport.send(WebhookRequestFactory.signed(delivery, endpoint.get(), startedAt));
        metrics.attemptMade(result.outcome(), result.duration());
        record(claim, endpoint.get(), result, startedAt);
    }

    private void record(ClaimedDelivery claim, WebhookEndpoint endpoint, AttemptResult result, Instant startedAt) {
        Delivery delivery = claim.delivery();
        Instant now = context.now();
        DeliveryAttempt attempt = delivery.recordAttempt(result, startedAt, now, endpoint.retryPolicy(),
                context.settings().retryAfterCap());
        boolean recorded = context.unitOfWork().inTransaction(() -> {
            boolean stillOurs = claims.recordAttempt(claim, attempt);
            if (stillOurs && result.isGone()) {
                endpoint.disableBecauseGone(now);
                endpointStore.saveChanged(endpoint);
            }
            return stillOurs;
        });
        if (recorded && delivery.state().isFinal()) {
            metrics.deliveryFinished(delivery.state());
        }
    }

    private void cancel(ClaimedDelivery claim) {
        Delivery delivery = claim.delivery();
        delivery.cancel(context.now());
        boolean recorded = context.unitOfWork().inTransaction(() -> claims.recordAttempt(claim, null));
        if (recorded) {
            metrics.deliveryFinished(delivery.state());
        }
    }
}
