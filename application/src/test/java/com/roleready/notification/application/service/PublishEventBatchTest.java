package com.roleready.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.PublishEventBatchCommand;
import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.EventType;
import com.roleready.notification.domain.WebhookEvent;
import com.roleready.shared.domain.DomainValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Publishing several events at once, and publishes that race on one idempotency key. */
class PublishEventBatchTest {

    private final NotificationFixture f = new NotificationFixture();

    private void configure(String user) {
        f.primary.configure(ConfigurePrimaryEndpointCommand.of(user, "https://hooks.example.com/" + user, true, null));
    }

    private static PublishEventCommand event(String user, String key) {
        return PublishEventCommand.of("resume.parsed", user, "{\"resumeId\":\"r-1\"}", key);
    }

    @Test
    void aBatchFansEachEventOutToItsOwnUsersEndpointsAndAnswersInOrder() {
        configure("alice");
        configure("bob");

        List<PublishReceipt> receipts = f.publish.publishAll(new PublishEventBatchCommand(List.of(
                event("alice", null), event("nobody", null), event("bob", "b-1"), event("alice", "a-1"))));

        assertThat(receipts).extracting(PublishReceipt::deliveries).containsExactly(1, 0, 1, 1);
        assertThat(receipts).extracting(PublishReceipt::duplicate).containsOnly(false);
        assertThat(receipts).extracting(PublishReceipt::eventId).doesNotHaveDuplicates();
        assertThat(f.deliveries.events()).hasSize(4);
        assertThat(f.logs.logs(new DeliveryLogQuery("alice", null, null, null, 0, 10)).total()).isEqualTo(2);
        assertThat(f.logs.logs(new DeliveryLogQuery("bob", null, null, null, 0, 10)).total()).isEqualTo(1);
        assertThat(f.wakeUps).isEqualTo(1);
    }

    @Test
    void aKeyRepeatedWithinTheBatchOrSeenBeforeAnswersWithTheFirstReceipt() {
        configure("alice");
        PublishReceipt earlier = f.publish.publish(event("alice", "seen"));

        List<PublishReceipt> receipts = f.publish.publishAll(new PublishEventBatchCommand(List.of(
                event("alice", "twice"), event("alice", "seen"), event("alice", "twice"), event("bob", "twice"))));

        assertThat(receipts.get(0).duplicate()).isFalse();
        assertThat(receipts.get(1)).isEqualTo(new PublishReceipt(earlier.eventId(), 1, true));
        assertThat(receipts.get(2)).isEqualTo(new PublishReceipt(receipts.get(0).eventId(), 1, true));
        assertThat(receipts.get(3).duplicate()).as("the same key of another user is another key").isFalse();
        assertThat(f.deliveries.events()).hasSize(3);
    }

    @Test
    void aPublishThatLosesARaceOnItsKeyAnswersWithTheWinnersReceipt() {
        configure("alice");
        List<UUID> winner = new ArrayList<>();
        SaveEventPort racing = new SaveEventPort() {
            @Override
            public void save(WebhookEvent event, int deliveryCount) {
                f.deliveries.save(event, deliveryCount);
            }

            @Override
            public boolean saveAll(List<FannedOutEvent> events) {
                if (winner.isEmpty()) { // another server commits the same key between our look-up and our insert
                    WebhookEvent first = new WebhookEvent(UUID.randomUUID(), "alice", EventType.RESUME_PARSED, "{}",
                            "job-7", f.clock.instant());
                    f.deliveries.save(first, 1);
                    winner.add(first.id());
                }
                return f.deliveries.saveAll(events);
            }
        };
        PublishEventService service = new PublishEventService(f.endpoints, f.deliveries, racing, () -> f.wakeUps++,
                f.context);

        PublishReceipt receipt = service.publish(event("alice", "job-7"));

        assertThat(receipt).isEqualTo(new PublishReceipt(winner.get(0), 1, true));
        assertThat(f.deliveries.events()).extracting(WebhookEvent::id).containsExactly(winner.get(0));
        assertThat(f.wakeUps).isZero();
    }

    @Test
    void aBatchHoldsOneToAHundredEvents() {
        assertThatThrownBy(() -> new PublishEventBatchCommand(List.of()))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("events"));
        assertThatThrownBy(() -> new PublishEventBatchCommand(Collections.nCopies(101, event("alice", null))))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("events"));
        assertThat(new PublishEventBatchCommand(Collections.nCopies(100, event("alice", null))).events()).hasSize(100);
    }
}
