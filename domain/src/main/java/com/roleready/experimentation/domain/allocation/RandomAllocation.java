package com.roleready.experimentation.domain.allocation;

import com.roleready.shared.domain.Require;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The {@code random} strategy: each request independently picks a variant with probability proportional to its
 * static weight (uniform when the weights are equal). Recorded outcomes are ignored.
 *
 * <p>Thread-safe if {@code random} is (e.g. {@code ThreadLocalRandom.current()}, whose methods always use the
 * calling thread's state).
 */
public final class RandomAllocation implements AllocationPolicy {

    private final RandomGenerator random;

    public RandomAllocation(RandomGenerator random) {
        this.random = Require.present(random, "random");
    }

    @Override
    public UUID choose(List<Arm> arms, String userId) {
        Arms.requireNonEmpty(arms);
        return pickByWeight(arms, random);
    }

    /** One draw proportional to weight; two passes over the list so that nothing is allocated. */
    static UUID pickByWeight(List<Arm> arms, RandomGenerator random) {
        int n = arms.size();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += arms.get(i).weight();
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < n - 1; i++) {
            point -= arms.get(i).weight();
            if (point < 0) {
                return arms.get(i).variantId();
            }
        }
        // Also where rounding leaves the point a hair past the second-to-last boundary.
        return arms.get(n - 1).variantId();
    }
}
