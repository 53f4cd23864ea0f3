package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.in.SentAttempt;
import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort.AttemptRecord;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryMetricsPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.application.port.out.SignWebhookPort;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Claims due deliveries in a short transaction, makes each HTTP attempt outside any transaction, then records the
 * outcomes in another short one, several at once when the dispatcher hands over several (group commit).
 */
public class DispatchService implements DispatchDueDeliveriesUseCase {

    private final ClaimDueDeliveriesPort claims;
    private final LoadEndpointsPort loadEndpoints;
    private final EndpointStore endpointStore;
    private final SendWebhookPort transport;
    private final WebhookRequestFactory requests;
    private final DeliveryMetricsPort metrics;
    private final NotificationContext context;

    public DispatchService(ClaimDueDeliveriesPort claims, LoadEndpointsPort loadEndpoints, EndpointStore endpointStore,
                           SendWebhookPort transport, SignWebhookPort signer, DeliveryMetricsPort metrics,
                           NotificationContext context) {
        this.claims = claims;
        this.loadEndpoints = loadEndpoints;
        this.endpointStore = endpointStore;
        this.transport = transport;
        this.requests = new WebhookRequestFactory(signer);
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
            if (claimed.isEmpty()) {
                return List.<DueDelivery>of();
            }
            Set<UUID> endpointIds = new HashSet<>();
            claimed.forEach(claim -> endpointIds.add(claim.delivery().endpointId()));
            Map<UUID, WebhookEndpoint> endpoints = loadEndpoints.loadByIds(endpointIds);
            List<DueDelivery> due = new ArrayList<>(claimed.size());
            for (ClaimedDelivery claim : claimed) {
                due.add(new DueDelivery(claim, Optional.ofNullable(endpoints.get(claim.delivery().endpointId()))));
            }
            return due;
        });
    }

    @Override
    public SentAttempt send(DueDelivery due) {
        Delivery delivery = due.claim().delivery();
        Optional<WebhookEndpoint> endpoint = due.endpoint();
        if (endpoint.isEmpty() || !endpoint.get().isEnabled()) {
            delivery.cancel(context.now());
            return SentAttempt.cancelled(due);
        }
        Instant startedAt = context.now();
        AttemptResult result = transport.send(requests.signed(delivery, endpoint.get(), startedAt));
        metrics.attemptMade(result.outcome(), result.duration());
        DeliveryAttempt attempt = delivery.recordAttempt(result, startedAt, context.now(),
                endpoint.get().retryPolicy(), context.settings().retryAfterCap());
        return new SentAttempt(due, result, attempt, endpoint.get());
    }

    @Override
    public void recordAll(List<SentAttempt> sent) {
        if (sent.isEmpty()) {
            return;
        }
        List<Boolean> recorded;
        try {
            recorded = context.unitOfWork().inTransaction(() -> store(sent));
        } catch (RuntimeException groupFailed) {
            if (sent.size() == 1) {
                throw groupFailed; // the lease expires and the delivery is attempted again, same webhook-id
            }
            // e.g. a deadlock with an endpoint's cancellation: record each on its own, so the others still count
            recordEachOnItsOwn(sent);
            return;
        }
        for (int i = 0; i < sent.size(); i++) {
            Delivery delivery = sent.get(i).due().claim().delivery();
            if (recorded.get(i) && delivery.state().isFinal()) {
                metrics.deliveryFinished(delivery.state());
            }
        }
    }

    /** Every outcome gets its own try; the first failure is rethrown once all have had theirs. */
    private void recordEachOnItsOwn(List<SentAttempt> sent) {
        RuntimeException first = null;
        for (SentAttempt one : sent) {
            try {
                recordAll(List.of(one));
            } catch (RuntimeException failed) {
                first = first == null ? failed : first;
            }
        }
        if (first != null) {
            throw first; // those outcomes' leases expire and they are attempted again, same webhook-id
        }
    }

    private List<Boolean> store(List<SentAttempt> sent) {
        List<Boolean> recorded = claims.recordAttempts(sent.stream()
                .map(one -> new AttemptRecord(one.due().claim(), one.attempt())).toList());
        Instant now = context.now();
        for (int i = 0; i < sent.size(); i++) {
            if (recorded.get(i) && sent.get(i).endpointIsGone()) {
                // A fresh copy: the endpoint read at claim time is shared, read-only, by the batch's other attempts.
                loadEndpoints.loadById(sent.get(i).endpoint().id()).filter(WebhookEndpoint::isEnabled)
                        .ifPresent(current -> {
                            current.disableBecauseGone(now);
                            endpointStore.saveChanged(current);
                        });
            }
        }
        return recorded;
    }
}
