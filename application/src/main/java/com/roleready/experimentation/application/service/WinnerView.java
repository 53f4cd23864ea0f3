package com.roleready.experimentation.application.service;

import com.roleready.experimentation.application.port.in.WinnerDecision;
import com.roleready.experimentation.application.port.in.WinnerDecision.Contender;
import com.roleready.experimentation.application.port.in.WinnerDecision.Contest;
import com.roleready.experimentation.application.port.in.WinnerQuery;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.statistics.Arm;
import com.roleready.experimentation.domain.statistics.ArmComparison;
import com.roleready.experimentation.domain.statistics.WinnerVerdict;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Translates between variants and the winner rule's arms (keyed by label) and back into the decision. */
final class WinnerView {

    private WinnerView() {
    }

    static List<Arm> arms(List<PromptVariant> contenders, Map<UUID, VariantAggregate> totals) {
        return contenders.stream().map(v -> new Arm(v.label(), v.isControl(), totals.get(v.id()).success(),
                totals.get(v.id()).quality())).toList();
    }

    static WinnerDecision of(WinnerQuery query, WinnerVerdict verdict, List<PromptVariant> contenders,
                             Map<UUID, VariantAggregate> totals, double alpha) {
        Contender winner = verdict.declared() ? contender(byLabel(contenders, verdict.winnerId()), totals) : null;
        Contender leader = contender(byLabel(contenders, verdict.leaderId()), totals);
        List<Contest> contests = verdict.comparisons().stream()
                .map(c -> contest(byLabel(contenders, c.armId()), c, alpha)).toList();
        return new WinnerDecision(query.operation(), verdict.declared(), winner, leader, verdict.reason(), contests,
                query.minTests(), alpha);
    }

    private static Contest contest(PromptVariant variant, ArmComparison c, double alpha) {
        return new Contest(variant.id(), variant.label(), c.success().difference(), c.success().ciLower(),
                c.success().ciUpper(), c.success().pValue(), c.adjustedPValue(), c.chanceToBeatControl(),
                c.adjustedPValue() < alpha && c.success().difference() > 0);
    }

    private static Contender contender(PromptVariant variant, Map<UUID, VariantAggregate> totals) {
        VariantAggregate a = totals.get(variant.id());
        return new Contender(variant.id(), variant.label(), variant.draft().name(), variant.isControl(), a.count(),
                a.success().rate(), a.quality().n() == 0 ? null : a.quality().mean());
    }

    private static PromptVariant byLabel(List<PromptVariant> contenders, String label) {
        return contenders.stream().filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the winner rule named an unknown arm " + label));
    }
}
