package com.roleready.experimentation.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations of the winner rule as admins use it: looking again and again while results come in. Only
 * running aggregates are simulated (success counts drawn per look), never per-result objects.
 */
class WinnerRuleSimulationTest {

    private static final int EXPERIMENTS = 1000;
    private static final int LOOK_EVERY = 100;
    private static final int LOOKS = 30; // after 100, 200, ... 3,000 results per arm

    /** The rule under test: declared by {@link WinnerRule#DEFAULT} (minTests 30, alpha 0.05, Holm, sequential). */
    private static final BiPredicate<ProportionSample, ProportionSample> WINNER_RULE = (control, treatment) ->
            WinnerRule.DEFAULT.decide(List.of(new Arm("A", true, control, MeanSample.EMPTY),
                    new Arm("B", false, treatment, MeanSample.EMPTY))).declared();

    @Test
    void anAaTestAtFiftyPercentDeclaresAFalseWinnerInAtMostFivePercentOfExperimentsDespiteThirtyLooks() {
        double rate = falseWinnerRate(0.5, WINNER_RULE, 20240501L);

        print("A/A false-winner rate (true success 0.5)", rate);
        assertThat(rate).isLessThanOrEqualTo(0.05);
    }

    @Test
    void anAaTestAtTwentyPercentDeclaresAFalseWinnerInAtMostFivePercentOfExperimentsDespiteThirtyLooks() {
        double rate = falseWinnerRate(0.2, WINNER_RULE, 20240502L);

        print("A/A false-winner rate (true success 0.2)", rate);
        assertThat(rate).isLessThanOrEqualTo(0.05);
    }

    @Test
    void theSameSimulationCatchesPeekingWithAFixedHorizonTest() {
        // Proof that the A/A harness can fail: the naive rule (leader has a higher rate and the fixed-horizon
        // two-proportion p < 0.05, checked at every look) is exactly what the original "best after 30 tests" did
        // wrong, and the simulation must see its inflated error rate.
        BiPredicate<ProportionSample, ProportionSample> naive = (control, treatment) ->
                treatment.rate() > control.rate() && FrequentistTests.twoProportion(control, treatment).pValue() < 0.05;

        double rate = falseWinnerRate(0.5, naive, 20240501L);

        print("A/A false-winner rate of a NAIVE fixed-horizon test (for contrast)", rate);
        assertThat(rate).isGreaterThan(0.05);
    }

    @Test
    void aTenPointLiftAtTwoThousandResultsPerArmIsDeclaredInAtLeastEightyPercentOfExperiments() {
        SplittableRandom random = new SplittableRandom(424242L);
        int declared = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            ProportionSample control = new ProportionSample(2000, binomial(random, 2000, 0.50));
            ProportionSample treatment = new ProportionSample(2000, binomial(random, 2000, 0.60));
            if (WINNER_RULE.test(control, treatment)) {
                declared++;
            }
        }
        double power = (double) declared / EXPERIMENTS;

        System.out.printf(Locale.ROOT, "Power (0.50 vs 0.60, 2000 results per arm, one look): %.1f %% of %d experiments%n",
                100 * power, EXPERIMENTS);
        assertThat(power).isGreaterThanOrEqualTo(0.80);
    }

    /** Share of A/A experiments in which ANY of the 30 looks declares the (equal) treatment the winner. */
    private static double falseWinnerRate(double p, BiPredicate<ProportionSample, ProportionSample> declares,
                                          long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int falseWinners = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            long successesA = 0;
            long successesB = 0;
            for (int look = 1; look <= LOOKS; look++) {
                successesA += binomial(random, LOOK_EVERY, p);
                successesB += binomial(random, LOOK_EVERY, p);
                long n = (long) look * LOOK_EVERY;
                if (declares.test(new ProportionSample(n, successesA), new ProportionSample(n, successesB))) {
                    falseWinners++;
                    break;
                }
            }
        }
        return (double) falseWinners / EXPERIMENTS;
    }

    /** Counts Bernoulli draws: exact, and cheap enough at these sizes. */
    private static long binomial(SplittableRandom random, int trials, double p) {
        long successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    private static void print(String what, double rate) {
        System.out.printf(Locale.ROOT, "%s: %.1f %% of %d experiments (%d looks each)%n", what, 100 * rate,
                EXPERIMENTS, LOOKS);
    }
}
