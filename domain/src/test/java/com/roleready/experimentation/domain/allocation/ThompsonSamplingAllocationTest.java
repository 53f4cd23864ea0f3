package com.roleready.experimentation.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.roleready.shared.domain.DomainValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThompsonSamplingAllocationTest {

    private static final UUID WORSE = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID BETTER = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    /**
     * 5,000 sequential requests, each result fed back into its arm, true success 0.5 (WORSE) vs 0.6 (BETTER).
     *
     * <p>Bound for the worse arm in the last 1,000: with k = 2 arms and the default floor 0.05, each pick is uniform
     * with probability k · floor = 0.1, so the worse arm gets at least Binomial(1000, 0.05) picks: mean 50, sd
     * sqrt(1000 · 0.05 · 0.95) ≈ 6.9. Requiring ≥ 25 (2.5 %) is 3.6 sd below the mean (chance of a spurious
     * failure below 2 in 10,000 per seed), yet a bandit without the floor would give it almost nothing here.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sendsMostTrafficToTheBetterArmButNeverStarvesTheWorseOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom outcomes = new SplittableRandom(seed * 31 + 7);
        ThompsonSamplingAllocation policy = new ThompsonSamplingAllocation(random);
        Arm worse = Arm.of(WORSE);
        Arm better = Arm.of(BETTER);
        int betterInLast1000 = 0;
        int worseInLast1000 = 0;
        for (int i = 0; i < 5000; i++) {
            UUID chosen = policy.choose(List.of(worse, better), null);
            boolean success = outcomes.nextDouble() < (chosen.equals(BETTER) ? 0.6 : 0.5);
            double reward = Arm.reward(success, null);
            if (chosen.equals(BETTER)) {
                better = better.withResult(reward);
            } else {
                worse = worse.withResult(reward);
            }
            if (i >= 4000) {
                betterInLast1000 += chosen.equals(BETTER) ? 1 : 0;
                worseInLast1000 += chosen.equals(WORSE) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "weighted (seed %d): better arm got %.1f %% of the last 1000, worse %.1f %%%n",
                seed, betterInLast1000 / 10.0, worseInLast1000 / 10.0);

        assertThat(betterInLast1000).isGreaterThanOrEqualTo(700);
        assertThat(worseInLast1000).isGreaterThanOrEqualTo(25);
        assertThat(worse.trials() + better.trials()).isEqualTo(5000);
    }

    @Test
    void aHopelessArmStillGetsItsFloorShare() {
        // Posterior of WORSE is ~0 and of BETTER ~1: the Thompson step always picks BETTER, so WORSE's share is
        // exactly the uniform part's, k·floor/k = floor.
        List<Arm> arms = List.of(new Arm(WORSE, 1, 10_000, 0), new Arm(BETTER, 1, 10_000, 10_000));
        ThompsonSamplingAllocation policy = new ThompsonSamplingAllocation(new SplittableRandom(9));

        long worse = IntStream.range(0, 100_000).filter(i -> policy.choose(arms, null).equals(WORSE)).count();

        assertThat(worse / 100_000.0).isCloseTo(ThompsonSamplingAllocation.DEFAULT_FLOOR_SHARE, within(0.004));
    }

    @Test
    void splitsEquallyWhileAnyArmIsBelowItsMinimumTrials() {
        // BETTER looks perfect, but WORSE has only 99 of the 100 results needed: no learning yet.
        List<Arm> warmingUp = List.of(new Arm(WORSE, 1, 99, 0), new Arm(BETTER, 1, 1000, 1000));
        List<Arm> warm = List.of(new Arm(WORSE, 1, 100, 0), new Arm(BETTER, 1, 1000, 1000));
        ThompsonSamplingAllocation policy = new ThompsonSamplingAllocation(new SplittableRandom(10));

        double worseWhileWarmingUp = shareOf(WORSE, policy, warmingUp, 20_000);
        double worseOnceWarm = shareOf(WORSE, policy, warm, 20_000);

        assertThat(ThompsonSamplingAllocation.DEFAULT_MIN_TRIALS_PER_ARM).isEqualTo(100);
        assertThat(worseWhileWarmingUp).isCloseTo(0.5, within(0.015));
        assertThat(worseOnceWarm).isCloseTo(0.05, within(0.01));
    }

    @Test
    void rejectsMoreArmsThanTheFloorAllows() {
        ThompsonSamplingAllocation policy = new ThompsonSamplingAllocation(new SplittableRandom(11));

        assertThat(policy.choose(arms(20), null)).isNotNull(); // 20 · 0.05 = 1: allowed
        assertThatThrownBy(() -> policy.choose(arms(21), null))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("floorShare"));
    }

    @Test
    void rejectsBadSettingsNamingTheField() {
        SplittableRandom random = new SplittableRandom(12);
        assertField(() -> new ThompsonSamplingAllocation(random, -1, 0.05), "minTrialsPerArm");
        assertField(() -> new ThompsonSamplingAllocation(random, 100, -0.01), "floorShare");
        assertField(() -> new ThompsonSamplingAllocation(random, 100, 1.01), "floorShare");
        assertField(() -> new ThompsonSamplingAllocation(random, 100, Double.NaN), "floorShare");
        assertField(() -> new ThompsonSamplingAllocation(null), "random");
        assertField(() -> new ThompsonSamplingAllocation(random).choose(List.of(), null), "arms");
    }

    @Test
    void aSingleArmGetsEverything() {
        assertThat(new ThompsonSamplingAllocation(new SplittableRandom(13)).choose(List.of(Arm.of(BETTER)), null))
                .isEqualTo(BETTER);
    }

    @Test
    void theSameSeedGivesTheSameAssignments() {
        List<Arm> arms = List.of(new Arm(WORSE, 1, 500, 240), new Arm(BETTER, 1, 500, 260));
        ThompsonSamplingAllocation first = new ThompsonSamplingAllocation(new SplittableRandom(14));
        ThompsonSamplingAllocation second = new ThompsonSamplingAllocation(new SplittableRandom(14));

        for (int i = 0; i < 1000; i++) {
            assertThat(first.choose(arms, null)).isEqualTo(second.choose(arms, null));
        }
    }

    private static double shareOf(UUID id, AllocationPolicy policy, List<Arm> arms, int draws) {
        int hits = 0;
        for (int i = 0; i < draws; i++) {
            hits += policy.choose(arms, null).equals(id) ? 1 : 0;
        }
        return hits / (double) draws;
    }

    private static List<Arm> arms(int k) {
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            arms.add(Arm.of(new UUID(0, i + 1)));
        }
        return arms;
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
