package com.roleready.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.in.RegisterEndpointCommand;
import com.roleready.notification.application.port.in.TestSendOutcome;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.DeliveryStateConflictException;
import com.roleready.notification.domain.WebhookSecret;
import com.roleready.shared.application.NotFoundException;
import com.roleready.shared.domain.DomainValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Publish → dispatch → retries → logs and stats, through the services with in-memory ports. */
class WebhookDeliveryFlowTest {

    private final NotificationFixture f = new NotificationFixture();

    private ConfiguredEndpoint configure(String user, List<String> events) {
        return f.primary.configure(ConfigurePrimaryEndpointCommand.of(user, "https://hooks.example.com/" + user, true,
                events));
    }

    private PublishReceipt publish(String user, String type, String key) {
        return f.publish.publish(PublishEventCommand.of(type, user, "{\"resumeId\":\"r-1\"}", key));
    }

    @Test
    void aPublishedEventIsDeliveredSignedToEverySubscribedEndpoint() {
        ConfiguredEndpoint primary = configure("alice", List.of("resume.parsed"));
        f.endpointService.register(RegisterEndpointCommand.of("alice", "https://second.example.com/h", true, null, null));
        f.endpointService.register(RegisterEndpointCommand.of("alice", "https://third.example.com/h", true,
                List.of("tailoring.failed"), null));

        PublishReceipt receipt = publish("alice", "resume.parsed", null);
        f.dispatchAllDue();

        assertThat(receipt.deliveries()).isEqualTo(2);
        assertThat(f.wakeUps).isEqualTo(1);
        assertThat(f.receiver.received).hasSize(2);
        WebhookRequest first = f.receiver.received.stream()
                .filter(r -> r.url().toString().equals("https://hooks.example.com/alice")).findFirst().orElseThrow();
        assertThat(verify(primary.revealedSecret(), first)).isTrue();
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("\"type\":\"resume.parsed\"")
                .contains("\"data\":{\"resumeId\":\"r-1\"}");
        assertThat(f.logs.logs(new DeliveryLogQuery("alice", null, DeliveryState.DELIVERED, null, 0, 10)).total())
                .isEqualTo(2);
    }

    @Test
    void failuresAreRetriedWithTheSameWebhookIdUntilTheyArrive() {
        configure("alice", null);
        f.receiver.answer(500, 500, 200);
        publish("alice", "ats.check_completed", null);

        f.dispatchAllDue();
        f.clock.advance(Duration.ofSeconds(1));
        f.dispatchAllDue();
        f.clock.advance(Duration.ofSeconds(5));
        f.dispatchAllDue();

        assertThat(f.receiver.received).hasSize(3)
                .extracting(r -> r.headers().get("webhook-id")).containsOnly(f.receiver.received.get(0).headers().get("webhook-id"));
        assertThat(f.receiver.received).extracting(r -> r.headers().get("webhook-timestamp")).doesNotHaveDuplicates();
        var log = f.logs.logs(new DeliveryLogQuery("alice", null, null, null, 0, 10));
        assertThat(log.entries().get(0).delivery().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(log.entries().get(0).attempts()).extracting(a -> a.statusCode()).containsExactly(500, 500, 200);
        assertThat(f.metrics).containsSubsequence("attempt:HTTP_ERROR", "attempt:HTTP_ERROR", "attempt:SUCCESS",
                "finished:DELIVERED");
    }

    @Test
    void nothingIsSentBeforeTheRetryIsDue() {
        configure("alice", null);
        f.receiver.answer(500);
        publish("alice", "ats.check_completed", null);
        f.dispatchAllDue();

        f.clock.advance(Duration.ofMillis(999));
        f.dispatchAllDue();

        assertThat(f.receiver.received).hasSize(1);
    }

    @Test
    void a410DisablesTheEndpointAndFailsTheDelivery() {
        configure("alice", null);
        f.receiver.answer(410);
        publish("alice", "resume.parsed", null);

        f.dispatchAllDue();

        assertThat(f.primary.primaryEndpointOf("alice").orElseThrow().isEnabled()).isFalse();
        assertThat(publish("alice", "resume.parsed", null).deliveries()).isZero();
        assertThat(f.logs.logs(new DeliveryLogQuery("alice", null, DeliveryState.FAILED, null, 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstReceiptAndCreatesNothing() {
        configure("alice", null);
        PublishReceipt first = publish("alice", "resume.parsed", "job-42");
        PublishReceipt again = publish("alice", "resume.parsed", "job-42");

        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(again.duplicate()).isTrue();
        assertThat(f.deliveries.events()).hasSize(1);
        assertThat(f.logs.logs(new DeliveryLogQuery("alice", null, null, null, 0, 10)).total()).isEqualTo(1);
        assertThat(f.wakeUps).isEqualTo(1);
    }

    @Test
    void publishingForAUserWithoutEndpointsStoresTheEventWithNoDelivery() {
        PublishReceipt receipt = publish("nobody", "resume.parsed", null);

        assertThat(receipt.deliveries()).isZero();
        assertThat(f.wakeUps).isZero();
    }

    @Test
    void theTestEventIsPublishedToNoOneButCanBeSentToTheEndpoint() {
        assertThatThrownBy(() -> publish("alice", "webhook.test", null)).isInstanceOf(DomainValidationException.class);

        configure("alice", List.of("resume.parsed"));
        f.receiver.answer(204);
        TestSendOutcome outcome = f.testSend.sendTest("alice", Optional.empty());

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.statusCode()).isEqualTo(204);
        assertThat(new String(f.receiver.received.get(0).body(), StandardCharsets.UTF_8)).contains("webhook.test");
        assertThat(f.logs.logs(new DeliveryLogQuery("alice", null, null, null, 0, 10)).entries()).singleElement()
                .satisfies(e -> assertThat(e.delivery().state()).isEqualTo(DeliveryState.DELIVERED));
        f.dispatchAllDue();
        assertThat(f.receiver.received).hasSize(1);
    }

    @Test
    void aFailedDeliveryCanBeRedeliveredByItsOwnerOnly() {
        configure("alice", null);
        f.receiver.answer(500, 500, 500, 500);
        publish("alice", "tailoring.failed", null);
        for (int i = 0; i < 4; i++) {
            f.dispatchAllDue();
            f.clock.advance(Duration.ofSeconds(20));
        }
        Delivery failed = f.logs.logs(new DeliveryLogQuery("alice", null, DeliveryState.FAILED, null, 0, 1))
                .entries().get(0).delivery();

        assertThatThrownBy(() -> f.logs.redeliver("bob", failed.id())).isInstanceOf(NotFoundException.class);
        f.logs.redeliver("alice", failed.id());
        f.dispatchAllDue();

        assertThat(f.receiver.received).hasSize(5);
        assertThat(f.deliveries.loadById(failed.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThatThrownBy(() -> f.logs.redeliver("alice", failed.id()))
                .isInstanceOf(DeliveryStateConflictException.class);
    }

    @Test
    void deletingAnEndpointCancelsItsPendingDeliveries() {
        configure("alice", null);
        f.receiver.answer(500);
        publish("alice", "resume.parsed", null);
        f.dispatchAllDue();

        f.primary.removePrimaryEndpoint("alice");

        assertThat(f.logs.logs(new DeliveryLogQuery("alice", null, DeliveryState.CANCELLED, null, 0, 10)).total())
                .isEqualTo(1);
        f.clock.advance(Duration.ofMinutes(1));
        f.dispatchAllDue();
        assertThat(f.receiver.received).hasSize(1);
    }

    @Test
    void afterASecretRotationBothSecretsSignUntilTheOverlapEnds() {
        ConfiguredEndpoint before = configure("alice", null);
        ConfiguredEndpoint after = f.endpointService.regenerate("alice", Optional.empty());
        publish("alice", "resume.parsed", null);
        f.dispatchAllDue();

        WebhookRequest request = f.receiver.received.get(0);
        assertThat(after.revealedSecret()).isNotEqualTo(before.revealedSecret());
        assertThat(verify(before.revealedSecret(), request)).isTrue();
        assertThat(verify(after.revealedSecret(), request)).isTrue();

        f.clock.advance(Duration.ofHours(25));
        publish("alice", "resume.parsed", null);
        f.dispatchAllDue();
        WebhookRequest later = f.receiver.received.get(1);
        assertThat(verify(before.revealedSecret(), later)).isFalse();
        assertThat(verify(after.revealedSecret(), later)).isTrue();
    }

    @Test
    void anotherUsersEndpointIsNotFoundForEveryAction() {
        ConfiguredEndpoint alices = f.endpointService.register(
                RegisterEndpointCommand.of("alice", "https://a.example.com/h", true, null, null));
        var id = alices.endpoint().id();

        assertThatThrownBy(() -> f.endpointService.endpointOf("bob", id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.endpointService.delete("bob", id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.endpointService.regenerate("bob", Optional.of(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.testSend.sendTest("bob", Optional.of(id))).isInstanceOf(NotFoundException.class);
        assertThat(f.endpointService.endpointsOf("bob")).isEmpty();
    }

    @Test
    void statsSummariseTheDeliveries() {
        configure("alice", null);
        f.receiver.answer(200, 500);
        publish("alice", "resume.parsed", null);
        publish("alice", "ats.check_failed", null);
        f.dispatchAllDue();

        var stats = f.logs.statsOf("alice", Duration.ofDays(1));

        assertThat(stats.deliveries()).isEqualTo(2);
        assertThat(stats.delivered()).isEqualTo(1);
        assertThat(stats.pending()).isEqualTo(1);
        assertThat(stats.successRate()).isEqualTo(1.0);
        assertThat(stats.latencySamples()).isEqualTo(2);
        assertThat(stats.byEvent()).hasSize(2);
    }

    /** Verifies like a receiver would, independently of the signing code. */
    private static boolean verify(String secret, WebhookRequest request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(WebhookSecret.PREFIX.length())),
                    "HmacSHA256"));
            String signed = request.headers().get("webhook-id") + "." + request.headers().get("webhook-timestamp") + "."
                    + new String(request.body(), StandardCharsets.UTF_8);
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
            return List.of(request.headers().get("webhook-signature").split(" ")).contains(expected);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
