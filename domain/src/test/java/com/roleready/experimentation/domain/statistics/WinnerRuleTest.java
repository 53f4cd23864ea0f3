package com.roleready.experimentation.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.roleready.shared.domain.DomainValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WinnerRuleTest {

    private static Arm control(long n, long successes) {
        return new Arm("A", true, new ProportionSample(n, successes), MeanSample.EMPTY);
    }

    private static Arm variant(String id, long n, long successes) {
        return new Arm(id, false, new ProportionSample(n, successes), MeanSample.EMPTY);
    }

    @Test
    void theDefaultsAreThirtyTestsAlphaFivePercentAndTuning5000() {
        assertThat(WinnerRule.DEFAULT.minTests()).isEqualTo(30);
        assertThat(WinnerRule.DEFAULT.alpha()).isEqualTo(0.05);
        assertThat(WinnerRule.DEFAULT.sequentialTuning()).isEqualTo(5000);
        assertThat(WinnerRule.withMinTests(50)).isEqualTo(new WinnerRule(50, 0.05, 5000));
    }

    @Test
    void saysNotEnoughDataNamingEveryShortArmButStillShowsTheLeader() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(20, 5), variant("B", 29, 25),
                variant("C", 30, 10)));

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.winnerId()).isNull();
        assertThat(verdict.leaderId()).isEqualTo("B");
        assertThat(verdict.reason())
                .isEqualTo("not enough data: the control A has 20 of 30 results, variant B has 29 of 30 results");
    }

    @Test
    void minTestsIsConfigurable() {
        List<Arm> arms = List.of(control(20, 5), variant("B", 20, 19));

        assertThat(WinnerRule.DEFAULT.decide(arms).reason()).startsWith("not enough data");
        assertThat(WinnerRule.withMinTests(10).decide(arms).reason()).doesNotStartWith("not enough data");
    }

    @Test
    void saysTheControlLeadsWhenNoVariantHasAHigherSuccessRate() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(1000, 600), variant("B", 1000, 500)));

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.leaderId()).isEqualTo("A");
        assertThat(verdict.reason())
                .isEqualTo("the control leads: no variant has a higher success rate than A (60.0 %)");
    }

    @Test
    void aTieOnEverythingFavoursTheControl() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(variant("B", 100, 50), control(100, 50)));

        assertThat(verdict.leaderId()).isEqualTo("A");
        assertThat(verdict.reason()).startsWith("the control leads");
    }

    @Test
    void aVariantLeadingOnQualityOnlyIsNotAWinner() {
        Arm a = new Arm("A", true, new ProportionSample(100, 50), MeanSample.EMPTY.plus(60).plus(70));
        Arm b = new Arm("B", false, new ProportionSample(100, 50), MeanSample.EMPTY.plus(90).plus(95));

        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(a, b));

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.leaderId()).isEqualTo("B");
        assertThat(verdict.reason()).isEqualTo(
                "no significant difference: B leads on quality only, its success rate equals the control's");
    }

    @Test
    void saysNoSignificantDifferenceWithTheLeadAndTheAdjustedPValue() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(1000, 500), variant("B", 1000, 520)));

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.leaderId()).isEqualTo("B");
        assertThat(verdict.reason()).matches("no significant difference: B leads by 2\\.0 points, adjusted p = 1\\.000");
    }

    @Test
    void declaresAVariantThatBeatsTheControlAndSaysByHowMuch() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(2000, 500), variant("B", 2000, 600)));

        assertThat(verdict.declared()).isTrue();
        assertThat(verdict.winnerId()).isEqualTo("B");
        assertThat(verdict.leaderId()).isEqualTo("B");
        assertThat(verdict.reason()).isEqualTo("B beats the control A: success rate 30.0 % vs 25.0 %, leads by 5.0 "
                + "points (always-valid CI 0.7 to 9.3), adjusted p = 0.012");
        ArmComparison b = verdict.comparisons().get(0);
        assertThat(b.armId()).isEqualTo("B");
        assertThat(b.success().scale()).isEqualTo(EffectScale.ABSOLUTE);
        assertThat(b.success().difference()).isCloseTo(0.05, within(1e-12));
        assertThat(b.success().ciLower()).isPositive();
        assertThat(b.chanceToBeatControl()).isGreaterThan(0.999);
    }

    @Test
    void aVeryClearWinnerShowsTheAdjustedPValueAsBelowOnePerMille() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(3000, 750), variant("B", 3000, 1050)));

        assertThat(verdict.declared()).isTrue();
        assertThat(verdict.reason()).endsWith("adjusted p < 0.001");
    }

    @Test
    void aSignificantlyWorseVariantIsNeverDeclared() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(2000, 600), variant("B", 2000, 400)));

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.comparisons().get(0).success().excludesZero()).isTrue();
        assertThat(verdict.reason()).startsWith("the control leads");
    }

    @Test
    void holmCorrectionAcrossThreeVariantsCanWithholdAWinnerThatWouldWinAlone() {
        // B: 1106 of 2000 vs the control's 1000 of 2000 has a sequential p of about 0.02 — below 0.05 alone, but
        // Holm multiplies the smallest of three p-values by 3 (about 0.06).
        Arm a = control(2000, 1000);
        Arm b = variant("B", 2000, 1106);
        double rawP = SequentialTest.DEFAULT.compare(a.success(), b.success(), EffectScale.ABSOLUTE).pValue();
        assertThat(rawP).isBetween(0.05 / 3, 0.05);

        WinnerVerdict alone = WinnerRule.DEFAULT.decide(List.of(a, b));
        WinnerVerdict amongThree = WinnerRule.DEFAULT.decide(List.of(a, b, variant("C", 2000, 1000),
                variant("D", 2000, 990)));

        assertThat(alone.declared()).isTrue();
        assertThat(alone.comparisons().get(0).adjustedPValue()).isCloseTo(rawP, within(1e-12));
        assertThat(amongThree.declared()).isFalse();
        assertThat(amongThree.leaderId()).isEqualTo("B");
        assertThat(amongThree.comparisons()).extracting(ArmComparison::armId).containsExactly("B", "C", "D");
        assertThat(amongThree.comparisons().get(0).adjustedPValue()).isCloseTo(3 * rawP, within(1e-12));
        assertThat(amongThree.reason()).isEqualTo(String.format(java.util.Locale.ROOT,
                "no significant difference: B leads by 5.3 points, adjusted p = %.3f", 3 * rawP));
    }

    @Test
    void aControlAloneHasNothingToCompare() {
        WinnerVerdict verdict = WinnerRule.DEFAULT.decide(List.of(control(100, 50)));

        assertThat(verdict.declared()).isFalse();
        assertThat(verdict.comparisons()).isEmpty();
        assertThat(verdict.reason()).isEqualTo("no variant to compare with the control A");
    }

    @Test
    void rejectsArmsWithoutExactlyOneControlOrWithDuplicateIds() {
        assertField(() -> WinnerRule.DEFAULT.decide(List.of()), "arms");
        assertField(() -> WinnerRule.DEFAULT.decide(List.of(variant("B", 10, 5))), "arms");
        assertField(() -> WinnerRule.DEFAULT.decide(List.of(control(10, 5), control(10, 5))), "arms");
        assertField(() -> WinnerRule.DEFAULT.decide(List.of(control(10, 5), variant("A", 10, 5))), "arms");
    }

    @Test
    void rejectsBadSettingsNamingTheField() {
        assertField(() -> new WinnerRule(0, 0.05, 5000), "minTests");
        assertField(() -> new WinnerRule(30, 0, 5000), "alpha");
        assertField(() -> new WinnerRule(30, 1, 5000), "alpha");
        assertField(() -> new WinnerRule(30, Double.NaN, 5000), "alpha");
        assertField(() -> new WinnerRule(30, 0.05, 0), "tuning");
        assertField(() -> new WinnerRule(30, 0.05, Double.POSITIVE_INFINITY), "tuning");
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
