package com.roleready.experimentation.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RoundRobinAllocationTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    private static final List<Arm> ARMS = List.of(Arm.of(A), Arm.of(B), Arm.of(C));

    @Test
    void rotatesInListOrder() {
        RoundRobinAllocation policy = new RoundRobinAllocation();

        List<UUID> chosen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            chosen.add(policy.choose(ARMS, null));
        }

        assertThat(chosen).containsExactly(A, B, C, A, B, C, A);
    }

    @Test
    void tenThousandConcurrentAssignmentsFromEightThreadsDifferByAtMostOne() throws Exception {
        RoundRobinAllocation policy = new RoundRobinAllocation();
        int threads = 8;
        int total = 10_000;
        Map<UUID, AtomicInteger> counts = new ConcurrentHashMap<>();
        AtomicInteger remaining = new AtomicInteger(total);
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    startGate.await();
                    while (remaining.getAndDecrement() > 0) {
                        counts.computeIfAbsent(policy.choose(ARMS, "u"), id -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            startGate.countDown();
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> perArm = counts.values().stream().map(AtomicInteger::get).toList();
        assertThat(counts).containsOnlyKeys(A, B, C);
        assertThat(perArm.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(perArm.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - perArm.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        // After the concurrent burst the rotation is still exact: 10,000 = 3 * 3,333 + 1 -> the next is B.
        assertThat(policy.choose(ARMS, null)).isEqualTo(B);
    }

    @Test
    void continuesOverTheNewListWhenTheArmsChange() {
        RoundRobinAllocation policy = new RoundRobinAllocation();
        policy.choose(ARMS, null);
        policy.choose(ARMS, null);

        assertThat(policy.choose(List.of(Arm.of(A), Arm.of(B)), null)).isEqualTo(A); // ticket 2 mod 2
        assertThat(policy.choose(List.of(Arm.of(C)), null)).isEqualTo(C);
    }

    @Test
    void rejectsAnEmptyListNamingArms() {
        assertThatThrownBy(() -> new RoundRobinAllocation().choose(List.of(), null))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("arms"));
    }
}
