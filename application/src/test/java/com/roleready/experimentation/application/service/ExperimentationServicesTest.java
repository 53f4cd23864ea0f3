package com.roleready.experimentation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.experimentation.application.port.in.AssignVariantCommand;
import com.roleready.experimentation.application.port.in.Assignment;
import com.roleready.experimentation.application.port.in.CreateVariantCommand;
import com.roleready.experimentation.application.port.in.ExperimentResults;
import com.roleready.experimentation.application.port.in.RecordTestResultCommand;
import com.roleready.experimentation.application.port.in.UpdateVariantCommand;
import com.roleready.experimentation.application.port.in.WinnerDecision;
import com.roleready.experimentation.application.port.in.WinnerQuery;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.allocation.AllocationStrategy;
import com.roleready.shared.application.NotFoundException;
import com.roleready.shared.domain.ConflictException;
import com.roleready.shared.domain.DomainValidationException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperimentationServicesTest {

    private final ExperimentationFixture f = new ExperimentationFixture();

    @Test
    void theFirstVariantBecomesTheControlAndASecondControlIsAConflict() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        assertThat(a.isControl()).isTrue();

        assertThatThrownBy(() -> f.variants.create(CreateVariantCommand.of("tailoring", "B", "b", "p", true, true,
                null, "admin"))).isInstanceOf(ConflictException.class);
        assertThat(f.variants.list(Operation.TAILORING, true)).extracting(PromptVariant::label).containsExactly("A");
    }

    @Test
    void promotionSwapsTheControlAndIsStored() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");

        f.variants.promote(b.id(), "admin");

        assertThat(f.variants.get(b.id()).isControl()).isTrue();
        assertThat(f.variants.get(a.id()).isControl()).isFalse();
    }

    @Test
    void deletingAVariantWithResultsArchivesItAndKeepsItInTheResults() {
        f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");
        f.record(b, true, 80);

        assertThat(f.variants.delete(b.id(), "admin")).isEqualTo(Experiment.Removal.ARCHIVED);

        assertThat(f.variants.get(b.id()).isArchived()).isTrue();
        ExperimentResults results = f.results.results(Operation.TAILORING);
        assertThat(results.variants()).extracting(ExperimentResults.VariantResults::variant).containsExactly("A", "B");
        assertThat(results.variants().get(1).n()).isEqualTo(1);
    }

    @Test
    void givenItsResultRowsWerePurged_deletingAVariantStillArchivesItAndKeepsItsResults() {
        f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");
        f.recordMany(b, 3, 2, 70);
        assertThat(f.store.deleteRecordedBefore(f.context.now().plusSeconds(1), 100)).isEqualTo(3);
        assertThat(f.store.anyFor(b.id())).isFalse();

        assertThat(f.variants.delete(b.id(), "admin")).isEqualTo(Experiment.Removal.ARCHIVED);

        assertThat(f.variants.get(b.id()).isArchived()).isTrue();
        ExperimentResults results = f.results.results(Operation.TAILORING);
        assertThat(results.variants().get(1).variant()).isEqualTo("B");
        assertThat(results.variants().get(1).n()).isEqualTo(3);
    }

    @Test
    void deletingAVariantWithoutResultsRemovesIt() {
        f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");

        assertThat(f.variants.delete(b.id(), "admin")).isEqualTo(Experiment.Removal.DELETED);

        assertThatThrownBy(() -> f.variants.get(b.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownVariantIsNotFoundForEveryAdminChange() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> f.variants.promote(unknown, "admin")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.variants.delete(unknown, "admin")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.variants.update(new UpdateVariantCommand(unknown, null, null, "n", null, null, null,
                null, "admin"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aResultForAVariantOfAnotherOperationIsRejectedOnVariantIdAndNothingIsStored() {
        PromptVariant a = f.create(Operation.TAILORING, "A");

        assertThatThrownBy(() -> f.recording.record(new RecordTestResultCommand("u", a.id(), Operation.ATS_ANALYSIS,
                null, true, 90.0, 10, 10, 0.01, null, null)))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("variantId"));
        assertThatThrownBy(() -> f.recording.record(new RecordTestResultCommand("u", UUID.randomUUID(),
                Operation.TAILORING, null, true, 90.0, 10, 10, 0.01, null, null)))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("variantId"));
        assertThat(f.store.anyFor(a.id())).isFalse();
        assertThat(f.results.results(Operation.TAILORING).variants().get(0).n()).isZero();
    }

    @Test
    void aResultWhoseLabelDoesNotMatchItsVariantIsRejected() {
        PromptVariant a = f.create(Operation.TAILORING, "A");

        assertThatThrownBy(() -> f.recording.record(new RecordTestResultCommand("u", a.id(), Operation.TAILORING,
                "B", true, 90.0, 10, 10, 0.01, null, null)))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("variant"));
        assertThat(f.store.anyFor(a.id())).isFalse();
    }

    @Test
    void recordingFoldsTheResultIntoTheRunningAggregateAndCountsIt() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        f.record(a, true, 80);
        f.record(a, false, 40);

        ExperimentResults.VariantResults figures = f.results.results(Operation.TAILORING).variants().get(0);
        assertThat(figures.n()).isEqualTo(2);
        assertThat(figures.successRate()).isEqualTo(0.5);
        assertThat(figures.meanQuality()).isEqualTo(60.0);
        assertThat(f.metrics).containsExactly("recorded:tailoring:A:true", "recorded:tailoring:A:false");
    }

    @Test
    void assigningForAnOperationWithoutActiveVariantsIsNotFound() {
        assertThatThrownBy(() -> f.assignments.assign(AssignVariantCommand.of("skill_extraction", "u", "random")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void userHashGivesTheSameUserTheSameVariantAndRoundRobinRotates() {
        f.create(Operation.TAILORING, "A");
        f.create(Operation.TAILORING, "B");

        Assignment first = f.assignments.assign(AssignVariantCommand.of("tailoring", "alice", "user_hash"));
        for (int i = 0; i < 20; i++) {
            assertThat(f.assignments.assign(AssignVariantCommand.of("tailoring", "alice", "user_hash")).variantId())
                    .isEqualTo(first.variantId());
        }
        assertThat(f.assignments.assign(AssignVariantCommand.of("tailoring", "u", "round_robin")).variant())
                .isEqualTo("A");
        assertThat(f.assignments.assign(AssignVariantCommand.of("tailoring", "u", "round_robin")).variant())
                .isEqualTo("B");
        assertThat(f.metrics).contains("assigned:tailoring:A:round_robin", "assigned:tailoring:B:round_robin");
    }

    @Test
    void anAdminChangeOnThisServerReachesAssignmentsAtOnce() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            before.add(f.assignments.assign(AssignVariantCommand.of("tailoring", "u" + i, "random")).variant());
        }
        assertThat(before).containsExactlyInAnyOrder("A", "B");

        f.variants.update(new UpdateVariantCommand(b.id(), null, null, null, null, false, null, null, "admin"));

        for (int i = 0; i < 50; i++) {
            assertThat(f.assignments.assign(new AssignVariantCommand(Operation.TAILORING, "u" + i,
                    AllocationStrategy.RANDOM)).variantId()).isEqualTo(a.id());
        }
    }

    @Test
    void aClearlyBetterChallengerIsDeclaredTheWinner() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");
        f.recordMany(a, 1000, 500, 70);
        f.recordMany(b, 1000, 650, 75);

        WinnerDecision decision = f.results.decide(new WinnerQuery(Operation.TAILORING, 30));

        assertThat(decision.declared()).isTrue();
        assertThat(decision.winner().variant()).isEqualTo("B");
        assertThat(decision.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.significant()).isTrue();
            assertThat(c.difference()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void withTooFewResultsNoWinnerIsDeclaredAndTheReasonSaysSo() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");
        f.recordMany(a, 10, 2, 70);
        f.recordMany(b, 10, 10, 95);

        WinnerDecision decision = f.results.decide(new WinnerQuery(Operation.TAILORING, 30));

        assertThat(decision.declared()).isFalse();
        assertThat(decision.winner()).isNull();
        assertThat(decision.leader().variant()).isEqualTo("B");
        assertThat(decision.reason()).startsWith("not enough data");
    }

    @Test
    void anOperationWithoutVariantsHasNoWinnerAndSaysWhy() {
        WinnerDecision decision = f.results.decide(new WinnerQuery(Operation.CONTENT_GENERATION, 30));

        assertThat(decision.declared()).isFalse();
        assertThat(decision.leader()).isNull();
        assertThat(decision.reason()).contains("no active variants");
    }

    @Test
    void resultsCompareEveryMetricWithTheControlWithFiniteNumbers() {
        PromptVariant a = f.create(Operation.TAILORING, "A");
        PromptVariant b = f.create(Operation.TAILORING, "B");
        f.recordMany(a, 5, 5, 70); // zero variance in success and quality
        f.recordMany(b, 1, 1, 70); // n = 1

        ExperimentResults results = f.results.results(Operation.TAILORING);

        assertThat(results.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.successRate().note()).isNotNull();
            assertThat(c.qualityScore().pValue()).isEqualTo(1.0);
            assertThat(c.chanceToBeatControl()).isBetween(0.0, 1.0);
        });
        assertThat(results.sampleRatio().observed()).containsExactly(5L, 1L);
    }

    @Test
    void theOverviewListsEveryOperationWithItsControlAndResults() {
        PromptVariant a = f.create(Operation.ATS_ANALYSIS, "A");
        f.recordMany(a, 4, 3, 50);

        var overview = f.results.overview();

        assertThat(overview.operations()).hasSize(4);
        assertThat(overview.totalResults()).isEqualTo(4);
        assertThat(overview.operations()).filteredOn(o -> o.operation() == Operation.ATS_ANALYSIS).singleElement()
                .satisfies(o -> {
                    assertThat(o.control()).isEqualTo("A");
                    assertThat(o.successRate()).isEqualTo(0.75);
                });
    }
}
