package com.roleready.experimentation.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Results leave the service as JSON, which cannot carry NaN or Infinity: every test must return finite numbers
 * for any input the aggregates can hold, and say in its note why a result is only the default.
 */
class DegenerateInputsTest {

    static Stream<Arguments> degenerateProportions() {
        return Stream.of(
                Arguments.of("both arms empty", ProportionSample.EMPTY, ProportionSample.EMPTY,
                        EffectMoments.NOTE_EMPTY),
                Arguments.of("control empty", ProportionSample.EMPTY, new ProportionSample(40, 20),
                        EffectMoments.NOTE_EMPTY),
                Arguments.of("n = 1 in both arms", new ProportionSample(1, 1), new ProportionSample(1, 0),
                        EffectMoments.NOTE_N_BELOW_2),
                Arguments.of("n = 1 in one arm", new ProportionSample(50, 25), new ProportionSample(1, 1),
                        EffectMoments.NOTE_N_BELOW_2),
                Arguments.of("zero successes in both arms", new ProportionSample(50, 0), new ProportionSample(60, 0),
                        EffectMoments.NOTE_ZERO_VARIANCE),
                Arguments.of("all successes in both arms", new ProportionSample(50, 50),
                        new ProportionSample(60, 60), EffectMoments.NOTE_ZERO_VARIANCE),
                Arguments.of("0 % vs 100 %: zero variance in both", new ProportionSample(50, 0),
                        new ProportionSample(50, 50), EffectMoments.NOTE_ZERO_VARIANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("degenerateProportions")
    void degenerateProportionsGiveTheFiniteDefaultWithTheReason(String name, ProportionSample control,
                                                                ProportionSample treatment, String reason) {
        for (EffectScale scale : EffectScale.values()) {
            for (Comparison c : List.of(
                    FrequentistTests.twoProportion(control, treatment, 0.05, scale),
                    SequentialTest.DEFAULT.compare(control, treatment, scale))) {
                assertAllFinite(c);
                assertThat(c.pValue()).isEqualTo(1.0);
                assertThat(c.ciLower()).isZero();
                assertThat(c.ciUpper()).isZero();
                assertThat(c.excludesZero()).isFalse();
                assertThat(c.note()).isEqualTo(reason);
            }
            BayesianResult bayes = BayesianTests.gaussianEffect(control, treatment, scale);
            assertAllFinite(bayes);
            assertThat(bayes.chanceToWin()).isEqualTo(0.5);
            assertThat(bayes.note()).isEqualTo(reason);
        }
    }

    @Test
    void zeroVarianceInBothMeanArmsGivesTheDefault() {
        MeanSample constant80 = MeanSample.EMPTY.plus(80).plus(80).plus(80);
        MeanSample constant90 = MeanSample.EMPTY.plus(90).plus(90);

        Comparison c = FrequentistTests.welch(constant80, constant90);
        Comparison s = SequentialTest.DEFAULT.compare(constant80, constant90, EffectScale.ABSOLUTE);

        assertAllFinite(c);
        assertAllFinite(s);
        assertThat(c.note()).isEqualTo(EffectMoments.NOTE_ZERO_VARIANCE);
        assertThat(s.note()).isEqualTo(EffectMoments.NOTE_ZERO_VARIANCE);
    }

    @Test
    void equalValuesWhoseSumsCancelImperfectlyCountAsZeroVarianceNotNegative() {
        // 0.1 is not exact in binary; ss - s²/n comes out a hair off 0 and must not be "inconsistent sums".
        MeanSample tenths = MeanSample.EMPTY;
        for (int i = 0; i < 1000; i++) {
            tenths = tenths.plus(0.1);
        }
        assertThat(tenths.variance()).isZero();
        assertThat(FrequentistTests.welch(tenths, tenths).note()).isEqualTo(EffectMoments.NOTE_ZERO_VARIANCE);
    }

    @Test
    void controlMeanZeroRefusesTheRelativeEffectButNotTheAbsoluteOne() {
        ProportionSample none = new ProportionSample(100, 0);
        ProportionSample some = new ProportionSample(100, 10);

        Comparison relative = FrequentistTests.twoProportion(none, some, 0.05, EffectScale.RELATIVE);
        assertAllFinite(relative);
        assertThat(relative.note()).isEqualTo(EffectMoments.NOTE_CONTROL_MEAN_ZERO);
        assertThat(relative.pValue()).isEqualTo(1.0);
        assertThat(BayesianTests.gaussianEffect(none, some, EffectScale.RELATIVE).note())
                .isEqualTo(EffectMoments.NOTE_CONTROL_MEAN_ZERO);

        // The absolute difference is still meaningful; the relative one is reported as 0 with the reason.
        Comparison absolute = FrequentistTests.twoProportion(none, some);
        assertAllFinite(absolute);
        assertThat(absolute.difference()).isCloseTo(0.10, within(1e-12));
        assertThat(absolute.relativeDifference()).isZero();
        assertThat(absolute.note()).isEqualTo(EffectMoments.NOTE_CONTROL_MEAN_ZERO);
        assertThat(absolute.pValue()).isLessThan(0.05);
    }

    @Test
    void zeroVarianceInOneArmIsAcceptedWithACautionUnlikeGbstats() {
        // Differs from gbstats on purpose (see EffectMoments): gbstats returns its default output when EITHER arm has
        // zero variance; we only refuse when BOTH do, because a control at 0 % or 100 % is common for a new prompt
        // and the difference still has positive variance. So this is our documented behaviour, not gbstats'.
        ProportionSample perfect = new ProportionSample(200, 200);
        ProportionSample worse = new ProportionSample(200, 150);

        Comparison c = FrequentistTests.twoProportion(perfect, worse);
        Comparison s = SequentialTest.DEFAULT.compare(perfect, worse, EffectScale.RELATIVE);
        BayesianResult b = BayesianTests.gaussianEffect(perfect, worse, EffectScale.ABSOLUTE);

        assertAllFinite(c);
        assertAllFinite(s);
        assertAllFinite(b);
        assertThat(c.note()).isEqualTo(EffectMoments.NOTE_ZERO_VARIANCE_ONE_ARM);
        assertThat(c.difference()).isCloseTo(-0.25, within(1e-12));
        assertThat(c.standardError()).isPositive();
        assertThat(c.excludesZero()).isTrue();
        assertThat(b.chanceToWin()).isLessThan(0.001);
        // Welch's degrees of freedom fall back to the varying arm's n - 1, still finite.
        assertThat(EffectMoments.of(perfect, worse, EffectScale.ABSOLUTE).welchDegreesOfFreedom()).isEqualTo(199);
    }

    @Test
    void aRelativeEffectWithZeroVarianceIsRefusedWithItsOwnReason() {
        // Treatment at 0 % (variance 0) against a varying control: the delta-method variance is 0 (m_b = 0).
        Comparison c = FrequentistTests.twoProportion(new ProportionSample(100, 10), new ProportionSample(100, 0), 0.05,
                EffectScale.RELATIVE);

        assertAllFinite(c);
        assertThat(c.note()).isEqualTo(EffectMoments.NOTE_ZERO_EFFECT_VARIANCE);
    }

    @Test
    void aWinnerVerdictOverDegenerateArmsIsFiniteAndSaysWhy() {
        List<Arm> arms = List.of(
                new Arm("A", true, new ProportionSample(40, 0), MeanSample.EMPTY),
                new Arm("B", false, new ProportionSample(40, 0), MeanSample.EMPTY.plus(70)),
                new Arm("C", false, ProportionSample.EMPTY, MeanSample.EMPTY));

        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(arms);

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.reason()).startsWith("not enough data: variant C has 0 of 30 results");
        assertThat(verdict.comparisons()).hasSize(2);
        for (ArmComparison comparison : verdict.comparisons()) {
            assertAllFinite(comparison.success());
            assertAllFinite(comparison.quality());
            assertThat(comparison.chanceToBeatControl()).isFinite();
            assertThat(comparison.adjustedPValue()).isFinite();
        }
        assertThat(verdict.comparisons().get(0).success().note()).isEqualTo(EffectMoments.NOTE_ZERO_VARIANCE);
        assertThat(verdict.comparisons().get(0).quality().note()).isEqualTo(EffectMoments.NOTE_EMPTY);
        assertThat(verdict.comparisons().get(1).success().note()).isEqualTo(EffectMoments.NOTE_EMPTY);
    }

    static void assertAllFinite(Comparison c) {
        assertThat(DoubleStream.of(c.difference(), c.relativeDifference(), c.ciLower(), c.ciUpper(), c.pValue(),
                c.standardError()).boxed().toList()).as("%s", c).allMatch(Double::isFinite);
        assertThat(c.pValue()).isBetween(0.0, 1.0);
    }

    static void assertAllFinite(BayesianResult r) {
        assertThat(DoubleStream.of(r.expected(), r.ciLower(), r.ciUpper(), r.standardDeviation(), r.chanceToWin(),
                r.riskControl(), r.riskTreatment()).boxed().toList()).as("%s", r).allMatch(Double::isFinite);
        assertThat(r.chanceToWin()).isBetween(0.0, 1.0);
    }
}
