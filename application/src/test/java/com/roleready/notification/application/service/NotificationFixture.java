package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.DeliveryMetricsPort;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.application.port.out.InMemoryDeliveryStore;
import com.roleready.notification.application.port.out.InMemoryEndpointStore;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.application.port.out.SignWebhookPort;
import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.notification.domain.WebhookSecret;
import com.roleready.shared.application.ImmediateUnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The notification services wired to in-memory fakes, a scripted receiver and a settable clock. */
class NotificationFixture {

    final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
    final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    final ScriptedReceiver receiver = new ScriptedReceiver();
    final List<String> metrics = new ArrayList<>();
    int wakeUps;

    final NotificationContext context = new NotificationContext(unitOfWork, clock, new SecureRandom(),
            NotificationContext.DeliverySettings.defaults());
    final EndpointStore endpointStore = new EndpointStore(endpoints, endpoints, deliveries);
    final OwnedEndpoints owned = new OwnedEndpoints(endpoints, unitOfWork);
    final DeliveryMetricsPort metricsPort = new DeliveryMetricsPort() {
        @Override
        public void attemptMade(AttemptOutcome outcome, Duration duration) {
            metrics.add("attempt:" + outcome);
        }

        @Override
        public void deliveryFinished(DeliveryState finalState) {
            metrics.add("finished:" + finalState);
        }
    };

    final PrimaryEndpointService primary = new PrimaryEndpointService(endpoints, endpointStore, url -> { }, context);
    final EndpointService endpointService = new EndpointService(endpoints, owned, endpointStore, url -> { }, context);
    final PublishEventService publish = new PublishEventService(endpoints, deliveries, deliveries, () -> wakeUps++,
            DeliveryHandOffPort.NONE, context);
    final SignWebhookPort signer = new HmacSigner();
    final DispatchService dispatch = new DispatchService(deliveries, endpoints, endpointStore, receiver, signer,
            metricsPort, context);
    final TestSendService testSend = new TestSendService(owned, deliveries, deliveries, receiver, signer, metricsPort,
            context);
    final DeliveryLogService logs = new DeliveryLogService(deliveries, deliveries, deliveries, () -> wakeUps++, context);

    /** Gives {@code user} a primary endpoint on hooks.example.com that takes every event. */
    void configurePrimary(String user) {
        primary.configure(ConfigurePrimaryEndpointCommand.of(user, "https://hooks.example.com/" + user, true, null));
    }

    /** A resume.parsed event of {@code user}, with an idempotency key or none. */
    static PublishEventCommand resumeParsed(String user, String key) {
        return PublishEventCommand.of("resume.parsed", user, "{\"resumeId\":\"r-1\"}", key);
    }

    /**
     * The delivery store, but another server commits an event of {@code user} under {@code key} between the first
     * publish's look-up and its insert; the winner's event id is added to {@code winner}.
     */
    SaveEventPort storeLosingARaceOn(String user, String key, List<UUID> winner) {
        return new SaveEventPort() {
            @Override
            public void save(WebhookEvent event, int deliveryCount) {
                deliveries.save(event, deliveryCount);
            }

            @Override
            public boolean saveAll(List<FannedOutEvent> events) {
                if (winner.isEmpty()) {
                    WebhookEvent first = new WebhookEvent(UUID.randomUUID(), user, EventType.RESUME_PARSED, "{}", key,
                            clock.instant());
                    deliveries.save(first, 1);
                    winner.add(first.id());
                }
                return deliveries.saveAll(events);
            }
        };
    }

    /** Runs dispatcher rounds on the calling thread until nothing is due at the current time. */
    void dispatchAllDue() {
        var claimed = dispatch.claimDue(100);
        while (!claimed.isEmpty()) {
            claimed.forEach(dispatch::attempt);
            claimed = dispatch.claimDue(100);
        }
    }

    static final class ScriptedReceiver implements SendWebhookPort {

        final Deque<AttemptResult> script = new ArrayDeque<>();
        final List<WebhookRequest> received = new ArrayList<>();

        ScriptedReceiver answer(int... statuses) {
            for (int status : statuses) {
                script.add(AttemptResult.ofResponse(status, Duration.ofMillis(10), "", null, null));
            }
            return this;
        }

        @Override
        public synchronized AttemptResult send(WebhookRequest request) {
            received.add(request);
            AttemptResult next = script.poll();
            return next != null ? next : AttemptResult.ofResponse(200, Duration.ofMillis(10), "ok", null, null);
        }
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /**
     * Standard Webhooks v1 signing for these tests: the application cannot depend on the delivery adapter's signer,
     * and the flow tests check each signature as a receiver would, with code of their own.
     */
    static final class HmacSigner implements SignWebhookPort {

        @Override
        public String sign(String webhookId, long timestampSeconds, byte[] body, List<WebhookSecret> secrets) {
            return secrets.stream().map(secret -> {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
                    mac.update((webhookId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
                    return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(" "));
        }
    }
}
