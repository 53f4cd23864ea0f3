package com.roleready.experimentation.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.roleready.shared.domain.DomainValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomAllocationTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    private static final int DRAWS = 100_000;

    @Test
    void honoursWeightsOneToThreeWithinOnePercent() {
        Map<UUID, Integer> counts = draw(new RandomAllocation(new SplittableRandom(1)),
                List.of(Arm.weighted(A, 1), Arm.weighted(B, 3)));

        assertThat(counts.get(A) / (double) DRAWS).isCloseTo(0.25, within(0.01));
        assertThat(counts.get(B) / (double) DRAWS).isCloseTo(0.75, within(0.01));
    }

    @Test
    void isUniformForEqualWeights() {
        Map<UUID, Integer> counts = draw(new RandomAllocation(new SplittableRandom(2)),
                List.of(Arm.of(A), Arm.of(B), Arm.of(C)));

        assertThat(counts).containsOnlyKeys(A, B, C);
        counts.values().forEach(n -> assertThat(n / (double) DRAWS).isCloseTo(1 / 3.0, within(0.01)));
    }

    @Test
    void neverReturnsAVariantNotInTheListEvenAtTheEdgesOfTheUnitInterval() {
        List<Arm> arms = List.of(Arm.weighted(A, 0.1), Arm.weighted(B, 0.2), Arm.weighted(C, 0.7));
        assertThat(draw(new RandomAllocation(new SplittableRandom(3)), arms)).containsOnlyKeys(A, B, C);

        // The extreme draws: 0 picks the first arm, the largest double below 1 the last (never "past the end").
        assertThat(new RandomAllocation(fixed(0.0)).choose(arms, null)).isEqualTo(A);
        assertThat(new RandomAllocation(fixed(Math.nextDown(1.0))).choose(arms, null)).isEqualTo(C);
    }

    @Test
    void ignoresTheUser() {
        List<Arm> arms = List.of(Arm.of(A), Arm.of(B));
        assertThat(new RandomAllocation(fixed(0.75)).choose(arms, null)).isEqualTo(B);
        assertThat(new RandomAllocation(fixed(0.75)).choose(arms, "someone")).isEqualTo(B);
    }

    @Test
    void rejectsAnEmptyOrMissingListNamingArms() {
        RandomAllocation policy = new RandomAllocation(new SplittableRandom(4));

        assertThatThrownBy(() -> policy.choose(List.of(), null))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("arms"));
        assertThatThrownBy(() -> policy.choose(null, null))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("arms"));
        assertThatThrownBy(() -> policy.choose(java.util.Arrays.asList(Arm.of(A), null), null))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("arms"));
    }

    @Test
    void eachStrategyHasItsWireNameAndPolicy() {
        assertThat(AllocationStrategy.fromWireName("random", "strategy").newPolicy(new SplittableRandom(1)))
                .isInstanceOf(RandomAllocation.class);
        assertThat(AllocationStrategy.fromWireName("weighted", "strategy").newPolicy(new SplittableRandom(1)))
                .isInstanceOf(ThompsonSamplingAllocation.class);
        assertThat(AllocationStrategy.fromWireName("round_robin", "strategy").newPolicy(null))
                .isInstanceOf(RoundRobinAllocation.class);
        assertThat(AllocationStrategy.fromWireName("user_hash", "strategy").newPolicy(null))
                .isInstanceOf(UserHashAllocation.class);
        assertThatThrownBy(() -> AllocationStrategy.fromWireName("WEIGHTED", "strategy"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("strategy"));
    }

    private static Map<UUID, Integer> draw(AllocationPolicy policy, List<Arm> arms) {
        Map<UUID, Integer> counts = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(policy.choose(arms, null), 1, Integer::sum);
        }
        return counts;
    }

    /** A generator that always returns the same double. */
    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
