package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.in.DueDelivery;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    /**
     * One short transaction leases the batch and reads each of its endpoints once (decrypting their secrets
     * once), instead of one more transaction per delivery. The attempts follow within moments; a change to an
     * endpoint in between is handled as before: deleting or disabling it cancels its pending deliveries, so
     * the lease no longer matches and the outcome is not recorded, and a replaced secret keeps signing for
     * its overlap period.
     */
    @Override
    public List<DueDelivery> claimDue(int max) {
        Instant now = context.now();
        int limit = Math.min(max, context.settings().claimBatchSize());
        return limit <= 0 ? List.of() : context.unitOfWork().inTransaction(() -> {
            List<ClaimedDelivery> claimed = claims.claimDue(now, now.plus(context.settings().lease()), limit);
            Map<UUID, Optional<WebhookEndpoint>> endpoints = new HashMap<>();
            List<DueDelivery> due = new ArrayList<>(claimed.size());
            for (ClaimedDelivery claim : claimed) {
                due.add(new DueDelivery(claim, endpoints.computeIfAbsent(claim.delivery().endpointId(),
                        loadEndpoints::loadById)));
            }
            return due;
        });
    }

    @Override
    public void attempt(DueDelivery due) {
        ClaimedDelivery claim = due.claim();
        Delivery delivery = claim.delivery();
        Optional<WebhookEndpoint> endpoint = due.endpoint();
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
                // A fresh copy: the endpoint read at claim time is shared, read-only, by the batch's other attempts.
                loadEndpoints.loadById(endpoint.id()).ifPresent(current -> {
                    current.disableBecauseGone(now);
                    endpointStore.saveChanged(current);
                });
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
