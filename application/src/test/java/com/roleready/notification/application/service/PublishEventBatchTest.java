package com.roleready.notification.application.service;

import static com.roleready.notification.application.service.NotificationFixture.resumeParsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.in.PublishEventBatchCommand;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveEventPort;
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

    @Test
    void aBatchFansEachEventOutToItsOwnUsersEndpointsAndAnswersInOrder() {
        f.configurePrimary("alice");
        f.configurePrimary("bob");

        List<PublishReceipt> receipts = f.publish.publishAll(new PublishEventBatchCommand(List.of(
                resumeParsed("alice", null), resumeParsed("nobody", null), resumeParsed("bob", "b-1"), resumeParsed("alice", "a-1"))));

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
        f.configurePrimary("alice");
        PublishReceipt earlier = f.publish.publish(resumeParsed("alice", "seen"));

        List<PublishReceipt> receipts = f.publish.publishAll(new PublishEventBatchCommand(List.of(
                resumeParsed("alice", "twice"), resumeParsed("alice", "seen"), resumeParsed("alice", "twice"), resumeParsed("bob", "twice"))));

        assertThat(receipts.get(0).duplicate()).isFalse();
        assertThat(receipts.get(1)).isEqualTo(new PublishReceipt(earlier.eventId(), 1, true));
        assertThat(receipts.get(2)).isEqualTo(new PublishReceipt(receipts.get(0).eventId(), 1, true));
        assertThat(receipts.get(3).duplicate()).as("the same key of another user is another key").isFalse();
        assertThat(f.deliveries.events()).hasSize(3);
    }

    @Test
    void aPublishThatLosesARaceOnItsKeyAnswersWithTheWinnersReceipt() {
        f.configurePrimary("alice");
        List<UUID> winner = new ArrayList<>();
        SaveEventPort racing = f.storeLosingARaceOn("alice", "job-7", winner);
        PublishEventService service = new PublishEventService(f.endpoints, f.deliveries, racing, () -> f.wakeUps++,
                DeliveryHandOffPort.NONE, f.context);

        PublishReceipt receipt = service.publish(resumeParsed("alice", "job-7"));

        assertThat(receipt).isEqualTo(new PublishReceipt(winner.get(0), 1, true));
        assertThat(f.deliveries.events()).extracting(WebhookEvent::id).containsExactly(winner.get(0));
        assertThat(f.wakeUps).isZero();
    }

    @Test
    void aBatchHoldsOneToAHundredEvents() {
        assertThatThrownBy(() -> new PublishEventBatchCommand(List.of()))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("events"));
        assertThatThrownBy(() -> new PublishEventBatchCommand(Collections.nCopies(101, resumeParsed("alice", null))))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("events"));
        assertThat(new PublishEventBatchCommand(Collections.nCopies(100, resumeParsed("alice", null))).events()).hasSize(100);
    }
}
