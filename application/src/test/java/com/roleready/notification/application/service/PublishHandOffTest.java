package com.roleready.notification.application.service;

import static com.roleready.notification.application.service.NotificationFixture.resumeParsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.in.PublishEventBatchCommand;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.FannedOutEvent;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.WebhookEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Publishes that hand their deliveries straight to this server's dispatcher while it has free slots (ADR 0020). */
class PublishHandOffTest {

    private final NotificationFixture f = new NotificationFixture();
    private final Slots slots = new Slots();

    private PublishEventService publishWith(SaveEventPort store) {
        return new PublishEventService(f.endpoints, f.deliveries, store, () -> f.wakeUps++, slots, f.context);
    }

    private PublishEventService publish() {
        return publishWith(f.deliveries);
    }

    @Test
    void deliveriesWithFreeSlotsAreStoredLeasedAndHandedOverInsteadOfWakingTheDispatcher() {
        f.configurePrimary("alice");
        slots.free = 10;

        PublishReceipt receipt = publish().publish(resumeParsed("alice", null));

        assertThat(slots.handed).hasSize(1);
        assertThat(f.wakeUps).isZero();
        assertThat(f.dispatch.claimDue(100)).as("leased to this server, so not due for a claim").isEmpty();
        DueDelivery handed = slots.handed.get(0);
        assertThat(handed.claim().delivery().eventId()).isEqualTo(receipt.eventId());
        assertThat(handed.endpoint()).isPresent();

        f.dispatch.recordAll(List.of(f.dispatch.send(handed)));

        assertThat(f.deliveries.loadById(handed.claim().delivery().id()).orElseThrow().state())
                .isEqualTo(DeliveryState.DELIVERED);
        assertThat(f.receiver.received).hasSize(1);
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.dispatch.claimDue(100)).as("recorded under its lease, so never claimed again").isEmpty();
    }

    @Test
    void aHandedOverDeliveryWhoseServerDiedIsClaimedOnceItsLeaseEnds() {
        f.configurePrimary("alice");
        slots.free = 10;
        publish().publish(resumeParsed("alice", null)); // handed over, then the server dies before the attempt

        f.clock.advance(f.context.settings().lease());

        assertThat(f.dispatch.claimDue(100)).extracting(due -> due.claim().delivery().id())
                .containsExactly(slots.handed.get(0).claim().delivery().id());
    }

    @Test
    void eventsBeyondTheFreeSlotsStayDueForAClaimAndTheDispatcherIsWoken() {
        f.configurePrimary("alice");
        slots.free = 1;

        publish().publishAll(new PublishEventBatchCommand(List.of(resumeParsed("alice", null), resumeParsed("alice", null),
                resumeParsed("alice", null))));

        assertThat(slots.handed).hasSize(1);
        assertThat(slots.reserved).as("no slot left reserved").isZero();
        assertThat(f.wakeUps).isEqualTo(1);
        assertThat(f.dispatch.claimDue(100)).hasSize(2)
                .noneMatch(due -> due.claim().delivery().id().equals(slots.handed.get(0).claim().delivery().id()));
    }

    @Test
    void aPublishThatFailsGivesItsSlotsBackAndHandsNothingOver() {
        f.configurePrimary("alice");
        slots.free = 10;
        SaveEventPort broken = new SaveEventPort() {
            @Override
            public void save(WebhookEvent event, int deliveryCount) {
                throw new IllegalStateException("database down");
            }

            @Override
            public boolean saveAll(List<FannedOutEvent> events) {
                throw new IllegalStateException("database down");
            }
        };

        assertThatThrownBy(() -> publishWith(broken).publish(resumeParsed("alice", null)))
                .hasMessageContaining("database down");

        assertThat(slots.free).isEqualTo(10);
        assertThat(slots.reserved).isZero();
        assertThat(slots.handed).isEmpty();
    }

    @Test
    void aPublishThatLosesARaceOnOneKeyLeasesOnlyTheEventsItStoresOnItsSecondTry() {
        f.configurePrimary("alice");
        slots.free = 10;
        List<UUID> winner = new ArrayList<>();
        SaveEventPort racing = f.storeLosingARaceOn("alice", "job-7", winner);

        List<PublishReceipt> receipts = publishWith(racing).publishAll(new PublishEventBatchCommand(List.of(
                resumeParsed("alice", "job-7"), resumeParsed("alice", "job-8"))));

        assertThat(receipts.get(0)).isEqualTo(new PublishReceipt(winner.get(0), 1, true));
        assertThat(slots.handed).extracting(due -> due.claim().delivery().eventId())
                .containsExactly(receipts.get(1).eventId());
        assertThat(slots.reserved).isZero();
        assertThat(slots.free).isEqualTo(9);
    }

    @Test
    void aPublishWhoseTransactionTookMoreThanHalfTheLeaseHandsNothingOverAndLeavesTheDeliveryToAClaimAfterTheLease() {
        f.configurePrimary("alice");
        slots.free = 10;
        Duration lease = f.context.settings().lease();
        SaveEventPort slow = new SaveEventPort() { // waits on a lock for most of the lease, then commits
            @Override
            public void save(WebhookEvent event, int deliveryCount) {
                f.deliveries.save(event, deliveryCount);
            }

            @Override
            public boolean saveAll(List<FannedOutEvent> events) {
                f.clock.advance(lease.multipliedBy(6).dividedBy(10));
                return f.deliveries.saveAll(events);
            }
        };

        PublishReceipt receipt = publishWith(slow).publish(resumeParsed("alice", null));

        assertThat(slots.handed).isEmpty();
        assertThat(slots.reserved).isZero();
        assertThat(slots.free).isEqualTo(10);
        assertThat(f.wakeUps).isEqualTo(1);
        assertThat(f.dispatch.claimDue(100)).as("still leased to this server").isEmpty();
        f.clock.advance(lease.dividedBy(2));
        assertThat(f.dispatch.claimDue(100)).extracting(due -> due.claim().delivery().eventId())
                .containsExactly(receipt.eventId());
    }

    /** The dispatcher's slots: reserved ones are either given back or handed over with a delivery each. */
    static final class Slots implements DeliveryHandOffPort {

        int free;
        int reserved;
        final List<DueDelivery> handed = new ArrayList<>();

        @Override
        public int reserve(int wanted) {
            int granted = Math.min(wanted, free);
            free -= granted;
            reserved += granted;
            return granted;
        }

        @Override
        public void release(int count) {
            assertThat(count).isLessThanOrEqualTo(reserved);
            free += count;
            reserved -= count;
        }

        @Override
        public void handOff(List<DueDelivery> leased) {
            assertThat(leased.size()).isLessThanOrEqualTo(reserved);
            reserved -= leased.size();
            handed.addAll(leased);
        }
    }
}
