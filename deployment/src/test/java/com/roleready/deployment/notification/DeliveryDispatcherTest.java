package com.roleready.deployment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.application.port.in.DispatchDueDeliveriesUseCase;
import com.roleready.notification.application.port.in.DueDelivery;
import com.roleready.notification.application.port.in.SentAttempt;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the dispatcher shares its slots between claims and publishes that hand deliveries over (ADR 0020). */
class DeliveryDispatcherTest {

    private final DeliveryDispatcher dispatcher = new DeliveryDispatcher();
    private final List<Integer> claimsAskedFor = new ArrayList<>();
    private IntFunction<List<DueDelivery>> claim = max -> List.of();

    @BeforeEach
    void startWithEightSlots() {
        dispatcher.scheduler = proxy(ManagedScheduledExecutorService.class, (name, args) -> {
            if (name.equals("execute")) {
                ((Runnable) args[0]).run(); // a wake-up drains at once, on the caller's thread
            }
            return null; // no polling: each test drives the drains itself
        });
        dispatcher.threadFactory = proxy(ManagedThreadFactory.class, (name, args) -> {
            Thread thread = new Thread((Runnable) args[0]);
            thread.setDaemon(true);
            return thread;
        });
        dispatcher.registry = proxy(MetricRegistry.class, (name, args) -> proxy(Counter.class, (n, a) -> null));
        dispatcher.dispatch = new DispatchDueDeliveriesUseCase() {
            @Override
            public List<DueDelivery> claimDue(int max) {
                claimsAskedFor.add(max);
                return claim.apply(max);
            }

            @Override
            public SentAttempt send(DueDelivery due) {
                throw new UnsupportedOperationException("no delivery is claimed in these tests");
            }

            @Override
            public void recordAll(List<SentAttempt> sent) {
                throw new UnsupportedOperationException("no delivery is claimed in these tests");
            }
        };
        dispatcher.pollIntervalMs = 50;
        dispatcher.senderCount = 2;
        dispatcher.inFlight = 8;
        dispatcher.claimBatchSize = 50;
        dispatcher.enabled = true;
        dispatcher.handOffEnabled = true;
        dispatcher.start(new Object());
    }

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    @Test
    void aPublishReservesAtMostThreeQuartersOfTheFreeSlots() {
        assertThat(dispatcher.reserve(100)).isEqualTo(6);
        assertThat(dispatcher.reserve(1)).isZero();

        dispatcher.release(6);

        assertThat(dispatcher.reserve(4)).isEqualTo(4);
    }

    @Test
    void aPublishCannotReserveTheSlotsARunningClaimIsFillingAndGetsThemOnceTheClaimFindsLess() {
        List<Integer> reservedDuringClaim = new ArrayList<>();
        claim = max -> {
            reservedDuringClaim.add(dispatcher.reserve(8)); // a publish on another thread, while the claim runs
            return List.of();
        };

        dispatcher.wakeUp();

        assertThat(claimsAskedFor).containsExactly(8);
        assertThat(reservedDuringClaim).containsExactly(0);
        assertThat(dispatcher.reserve(100)).as("the claim found nothing, so its slots are free again").isEqualTo(6);
    }

    @Test
    void aClaimThatFailsGivesItsSlotsBack() {
        claim = max -> {
            throw new IllegalStateException("database unreachable");
        };

        dispatcher.wakeUp(); // logged, and the next poll tries again

        assertThat(claimsAskedFor).containsExactly(8);
        assertThat(dispatcher.reserve(100)).isEqualTo(6);
    }

    @Test
    void aClaimAsksOnlyForTheSlotsThatPublishesHaveNotReserved() {
        assertThat(dispatcher.reserve(5)).isEqualTo(5);

        dispatcher.wakeUp();

        assertThat(claimsAskedFor).containsExactly(3);
    }

    @Test
    void aStoppedDispatcherOffersNoSlots() {
        dispatcher.stop();

        assertThat(dispatcher.reserve(1)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.apply(method.getName(), args));
    }

    private interface Answer {
        Object apply(String method, Object[] args);
    }
}
