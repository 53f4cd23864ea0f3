package com.roleready.experimentation.domain.statistics;

import com.roleready.shared.domain.DomainValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a prompt variant has won. The original product declared "the best arm after 30 tests"; with
 * admins refreshing the page that picks a lucky arm far more often than 5 % of the time (see ADR 0014), so here
 * the ranking only names the leader and a winner is declared only when ALL of these hold:
 * <ol>
 *   <li>every arm has at least {@code minTests} results;</li>
 *   <li>the leader is not the control;</li>
 *   <li>the leader's success rate beats the control's with the anytime-valid {@link SequentialTest}
 *       (absolute difference &gt; 0) at a Holm–Bonferroni-adjusted p &lt; alpha across all k−1 non-control
 *       comparisons.</li>
 * </ol>
 * The leader is the arm with the best success rate, ties broken by mean quality score (the original ranked by
 * success rate and quality), then by the control, so a tie never makes a variant the leader.
 *
 * @param minTests         results every arm needs before anything is declared (default 30)
 * @param alpha            family-wise significance level (default 0.05)
 * @param sequentialTuning the confidence sequence's N* (default 5000 total results, see ADR 0014)
 */
public record WinnerRule(int minTests, double alpha, double sequentialTuning) {

    public static final int DEFAULT_MIN_TESTS = 30;
    public static final WinnerRule DEFAULT = new WinnerRule(DEFAULT_MIN_TESTS, FrequentistTests.DEFAULT_ALPHA,
            SequentialTest.DEFAULT_TUNING);

    public WinnerRule {
        if (minTests < 1) {
            throw new DomainValidationException("minTests", "minTests must be at least 1");
        }
        Alpha.require(alpha);
        new SequentialTest(alpha, sequentialTuning); // validates N*
    }

    public static WinnerRule withMinTests(int minTests) {
        return new WinnerRule(minTests, DEFAULT.alpha, DEFAULT.sequentialTuning);
    }

    public WinnerVerdict decide(List<Arm> arms) {
        Arm control = requireOneControl(arms);
        SequentialTest sequential = new SequentialTest(alpha, sequentialTuning);
        List<Arm> variants = arms.stream().filter(arm -> !arm.control()).toList();

        double[] pValues = new double[variants.size()];
        List<Comparison> successes = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Comparison success = sequential.compare(control.success(), variants.get(i).success(), EffectScale.ABSOLUTE);
            successes.add(success);
            pValues[i] = success.pValue();
        }
        double[] adjusted = MultipleTesting.holmBonferroni(pValues);
        List<ArmComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Arm variant = variants.get(i);
            comparisons.add(new ArmComparison(variant.id(), successes.get(i),
                    sequential.compare(control.quality(), variant.quality(), EffectScale.ABSOLUTE),
                    BayesianTests.gaussianEffect(control.success(), variant.success(), EffectScale.ABSOLUTE)
                            .chanceToWin(),
                    adjusted[i]));
        }

        Arm leader = arms.stream().min(RANKING).orElseThrow();
        if (variants.isEmpty()) {
            return notDeclared(leader, "no variant to compare with the control " + control.id(), comparisons);
        }
        List<String> shortArms = arms.stream().filter(arm -> arm.results() < minTests)
                .map(arm -> (arm.control() ? "the control " : "variant ") + arm.id() + " has " + arm.results()
                        + " of " + minTests + " results")
                .toList();
        if (!shortArms.isEmpty()) {
            return notDeclared(leader, "not enough data: " + String.join(", ", shortArms), comparisons);
        }
        if (leader.control()) {
            return notDeclared(leader, "the control leads: no variant has a higher success rate than "
                    + control.id() + " (" + percent(control.success().rate()) + ")", comparisons);
        }
        ArmComparison vsControl = comparisons.get(variants.indexOf(leader));
        double lead = leader.success().rate() - control.success().rate();
        if (lead <= 0) {
            return notDeclared(leader, "no significant difference: " + leader.id()
                    + " leads on quality only, its success rate equals the control's", comparisons);
        }
        String leads = leader.id() + " leads by " + points(lead) + " points";
        String p = adjustedP(vsControl.adjustedPValue());
        if (vsControl.adjustedPValue() < alpha && vsControl.success().difference() > 0) {
            Comparison s = vsControl.success();
            return new WinnerVerdict(true, leader.id(), leader.id(), leader.id() + " beats the control "
                    + control.id() + ": success rate " + percent(leader.success().rate()) + " vs "
                    + percent(control.success().rate()) + ", " + leads.substring(leader.id().length() + 1)
                    + " (always-valid CI " + points(s.ciLower()) + " to " + points(s.ciUpper()) + "), " + p,
                    comparisons);
        }
        String note = vsControl.success().note() == null ? "" : " (" + vsControl.success().note() + ")";
        return notDeclared(leader, "no significant difference: " + leads + ", " + p + note, comparisons);
    }

    /** Best success rate first, then best mean quality, then the control, so that ties never favour a variant. */
    private static final Comparator<Arm> RANKING = Comparator
            .comparingDouble((Arm arm) -> -arm.success().rate())
            .thenComparingDouble(arm -> -arm.quality().mean())
            .thenComparing(arm -> !arm.control());

    private static Arm requireOneControl(List<Arm> arms) {
        if (arms == null || arms.isEmpty()) {
            throw new DomainValidationException("arms", "at least the control arm is needed");
        }
        Set<String> ids = new HashSet<>();
        for (Arm arm : arms) {
            if (arm == null || !ids.add(arm.id())) {
                throw new DomainValidationException("arms", "arms must be present and have distinct ids");
            }
        }
        List<Arm> controls = arms.stream().filter(Arm::control).toList();
        if (controls.size() != 1) {
            throw new DomainValidationException("arms", "exactly one arm must be the control, found "
                    + controls.size());
        }
        return controls.get(0);
    }

    private static WinnerVerdict notDeclared(Arm leader, String reason, List<ArmComparison> comparisons) {
        return new WinnerVerdict(false, null, leader.id(), reason, comparisons);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * rate);
    }

    private static String points(double difference) {
        return String.format(Locale.ROOT, "%.1f", 100 * difference);
    }

    private static String adjustedP(double p) {
        return p < 0.001 ? "adjusted p < 0.001" : String.format(Locale.ROOT, "adjusted p = %.3f", p);
    }
}
