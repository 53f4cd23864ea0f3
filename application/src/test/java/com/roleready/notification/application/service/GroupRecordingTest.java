package com.roleready.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.in.SentAttempt;
import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.ClaimedDelivery;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.domain.DeliveryState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes recorded several at once (group commit): each counts only where its lease still holds. */
class GroupRecordingTest {

    private final NotificationFixture f = new NotificationFixture();

    private void publishTo(String user, int events) {
        f.primary.configure(ConfigurePrimaryEndpointCommand.of(user, "https://hooks.example.com/" + user, true, null));
        for (int i = 0; i < events; i++) {
            f.publish.publish(PublishEventCommand.of("resume.parsed", user, "{\"i\":" + i + "}", null));
        }
    }

    private long inState(String user, DeliveryState state) {
        return f.logs.logs(new DeliveryLogQuery(user, null, state, null, 0, 10)).total();
    }

    @Test
    void aGroupRecordsEveryOutcomeWhoseLeaseStillHoldsAndSkipsTheOthers() {
        publishTo("alice", 2);
        publishTo("bob", 1);
        List<SentAttempt> sent = f.dispatch.claimDue(10).stream().map(f.dispatch::send).toList();
        f.primary.removePrimaryEndpoint("bob"); // cancels bob's pending delivery while its attempt is unrecorded

        f.dispatch.recordAll(sent);

        assertThat(inState("alice", DeliveryState.DELIVERED)).isEqualTo(2);
        assertThat(inState("bob", DeliveryState.CANCELLED)).isEqualTo(1);
        assertThat(inState("bob", DeliveryState.DELIVERED)).isZero();
        assertThat(f.metrics).filteredOn(m -> m.startsWith("finished:")).containsExactly("finished:DELIVERED",
                "finished:DELIVERED");
    }

    @Test
    void whenTheGroupTransactionFailsEachOutcomeIsRecordedOnItsOwn() {
        publishTo("alice", 3);
        List<Integer> groupSizes = new ArrayList<>();
        ClaimDueDeliveriesPort failsForGroups = new ClaimDueDeliveriesPort() {
            @Override
            public List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
                return f.deliveries.claimDue(now, leaseUntil, limit);
            }

            @Override
            public List<Boolean> recordAttempts(List<AttemptRecord> records) {
                groupSizes.add(records.size());
                if (records.size() > 1) {
                    throw new IllegalStateException("deadlock found when trying to get lock");
                }
                return f.deliveries.recordAttempts(records);
            }
        };
        DispatchService dispatch = new DispatchService(failsForGroups, f.endpoints, f.endpointStore, f.receiver,
                f.signer, f.metricsPort, f.context);
        List<DueDelivery> claimed = dispatch.claimDue(10);

        dispatch.recordAll(claimed.stream().map(dispatch::send).toList());

        assertThat(groupSizes).containsExactly(3, 1, 1, 1);
        assertThat(inState("alice", DeliveryState.DELIVERED)).isEqualTo(3);
    }

    @Test
    void anOutcomeThatFailsOnItsOwnStopsNoneOfTheOthers() {
        publishTo("alice", 3);
        List<Integer> calls = new ArrayList<>();
        ClaimDueDeliveriesPort failsGroupsAndTheSecondRecord = new ClaimDueDeliveriesPort() {
            @Override
            public List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
                return f.deliveries.claimDue(now, leaseUntil, limit);
            }

            @Override
            public List<Boolean> recordAttempts(List<AttemptRecord> records) {
                calls.add(records.size());
                if (records.size() > 1 || calls.size() == 3) {
                    throw new IllegalStateException("lock wait timeout exceeded");
                }
                return f.deliveries.recordAttempts(records);
            }
        };
        DispatchService dispatch = new DispatchService(failsGroupsAndTheSecondRecord, f.endpoints, f.endpointStore,
                f.receiver, f.signer, f.metricsPort, f.context);
        List<SentAttempt> sent = dispatch.claimDue(10).stream().map(dispatch::send).toList();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatch.recordAll(sent))
                .hasMessageContaining("lock wait timeout");

        assertThat(calls).containsExactly(3, 1, 1, 1);
        assertThat(inState("alice", DeliveryState.DELIVERED)).isEqualTo(2);
    }
}
