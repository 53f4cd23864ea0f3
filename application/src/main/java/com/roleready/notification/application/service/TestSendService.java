package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.SendTestEventUseCase;
import com.roleready.notification.application.port.in.TestSendOutcome;
import com.roleready.notification.application.port.out.DeliveryMetricsPort;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.application.port.out.SignWebhookPort;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.domain.TimeOrderedIds;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * "Test my endpoint": one signed webhook.test sent at once, answered synchronously, and logged.
 * The delivery is stored only after the attempt, so the dispatcher never picks it up as well.
 */
public class TestSendService implements SendTestEventUseCase {

    private final OwnedEndpoints endpoints;
    private final SaveEventPort saveEvent;
    private final SaveDeliveryPort saveDelivery;
    private final SendWebhookPort transport;
    private final WebhookRequestFactory requests;
    private final DeliveryMetricsPort metrics;
    private final NotificationContext context;

    public TestSendService(OwnedEndpoints endpoints, SaveEventPort saveEvent, SaveDeliveryPort saveDelivery,
                           SendWebhookPort transport, SignWebhookPort signer, DeliveryMetricsPort metrics,
                           NotificationContext context) {
        this.endpoints = endpoints;
        this.saveEvent = saveEvent;
        this.saveDelivery = saveDelivery;
        this.transport = transport;
        this.requests = new WebhookRequestFactory(signer);
        this.metrics = metrics;
        this.context = context;
    }

    @Override
    public TestSendOutcome sendTest(String userId, Optional<UUID> endpointId) {
        WebhookEndpoint endpoint = endpoints.primaryOrNamed(userId, endpointId);
        Instant now = context.now();
        WebhookEvent event = new WebhookEvent(TimeOrderedIds.next(), userId, EventType.WEBHOOK_TEST,
                "{\"message\":\"This is a test event from RoleReady Signals.\",\"endpointId\":\"" + endpoint.id() + "\"}",
                null, now);
        Delivery delivery = Delivery.schedule(TimeOrderedIds.next(), event, endpoint.id(), now);

        AttemptResult result = transport.send(requests.signed(delivery, endpoint, now));
        metrics.attemptMade(result.outcome(), result.duration());
        DeliveryAttempt attempt = delivery.recordSingleAttempt(result, now, context.now());
        context.unitOfWork().inTransaction(() -> {
            saveEvent.save(event, 1);
            saveDelivery.saveNew(delivery);
            saveDelivery.update(delivery, attempt);
        });
        return new TestSendOutcome(delivery.id(), endpoint.id(), result.outcome().isSuccess(), result.outcome(),
                result.statusCode(), result.duration().toMillis(), result.error(), result.responseSnippet());
    }
}
