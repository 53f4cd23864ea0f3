package com.roleready.deployment.experimentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PerThreadRandomTest {

    /** Catches a per-thread generator with a fixed seed, which would send every thread's users the same way. */
    @Test
    void givenOneSharedInstance_thenFreshThreadsDrawDifferentNumbers() throws Exception {
        RandomGenerator shared = new PerThreadRandom();
        shared.nextLong();
        Callable<List<Long>> draws = () -> LongStream.range(0, 4).map(i -> shared.nextLong()).boxed().toList();

        ExecutorService first = Executors.newSingleThreadExecutor();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<List<Long>> a = first.submit(draws);
            Future<List<Long>> b = second.submit(draws);

            assertThat(a.get()).isNotEqualTo(b.get());
        } finally {
            first.shutdownNow();
            second.shutdownNow();
        }
    }

    @Test
    void drawsStayInTheirBounds() {
        RandomGenerator random = new PerThreadRandom();
        for (int i = 0; i < 1_000; i++) {
            assertThat(random.nextInt(3)).isBetween(0, 2);
            assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }
}
