package com.roleready.experimentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.ConflictException;
import com.roleready.shared.domain.DomainValidationException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2025-01-02T10:00:00Z");
    private static final UUID ID_A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID ID_B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID ID_C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

    private final Experiment experiment = new Experiment(Operation.TAILORING, List.of());

    private static VariantDraft draft(String label) {
        return draft(label, true);
    }

    private static VariantDraft draft(String label, boolean active) {
        return new VariantDraft(Operation.TAILORING, label, "Variant " + label, "Prompt " + label, active, null);
    }

    private Experiment withABC() {
        experiment.add(ID_A, draft("A"), true, "admin", T0);
        experiment.add(ID_B, draft("B"), false, "admin", T0);
        experiment.add(ID_C, draft("C"), false, "admin", T0);
        return experiment;
    }

    @Test
    void theFirstVariantBecomesTheControlEvenIfNotAsked() {
        PromptVariant first = experiment.add(ID_A, draft("A"), false, "admin", T0);
        PromptVariant second = experiment.add(ID_B, draft("B"), false, "admin", T0);

        assertThat(first.isControl()).isTrue();
        assertThat(second.isControl()).isFalse();
        assertThat(experiment.control()).containsSame(first);
        assertThat(first.createdBy()).isEqualTo("admin");
        assertThat(first.createdAt()).isEqualTo(T0);
    }

    @Test
    void theFirstVariantMustBeActive() {
        assertThatThrownBy(() -> experiment.add(ID_A, draft("A", false), false, "admin", T0))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("isActive"));
        assertThat(experiment.all()).isEmpty();
    }

    @Test
    void aSecondControlCannotBeAdded() {
        experiment.add(ID_A, draft("A"), true, "admin", T0);

        assertThatThrownBy(() -> experiment.add(ID_B, draft("B"), true, "admin", T0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has a control (variant A)");
        assertThat(experiment.all()).hasSize(1);
    }

    @Test
    void labelsAreUniqueIgnoringCaseIncludingArchivedVariants() {
        withABC();
        assertThatThrownBy(() -> experiment.add(UUID.randomUUID(), draft("b"), false, "admin", T0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("labelled B");

        experiment.remove(ID_C, true, "admin", T1);
        assertThatThrownBy(() -> experiment.add(UUID.randomUUID(), draft("c"), false, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("labelled C (archived)");
        assertThatThrownBy(() -> experiment.revise(ID_B, draft("C"), null, "admin", T1))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aVariantMayKeepOrRecaseItsOwnLabel() {
        withABC();

        experiment.revise(ID_B, draft("b"), null, "editor", T1);

        assertThat(experiment.find(ID_B).orElseThrow().label()).isEqualTo("b");
        assertThat(experiment.find(ID_B).orElseThrow().updatedBy()).isEqualTo("editor");
        assertThat(experiment.find(ID_B).orElseThrow().updatedAt()).isEqualTo(T1);
    }

    @Test
    void reviseCannotMoveAVariantToAnotherOperation() {
        withABC();
        VariantDraft elsewhere = new VariantDraft(Operation.ATS_ANALYSIS, "B", "n", "p", true, null);

        assertThatThrownBy(() -> experiment.revise(ID_B, elsewhere, null, "admin", T1))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("operation"));
        assertThat(experiment.find(ID_B).orElseThrow().operation()).isEqualTo(Operation.TAILORING);
    }

    @Test
    void reviseCannotDeactivateTheControl() {
        withABC();

        assertThatThrownBy(() -> experiment.revise(ID_A, draft("A", false), null, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be deactivated");
        assertThat(experiment.find(ID_A).orElseThrow().isAssignable()).isTrue();
    }

    @Test
    void reviseCannotToggleTheControlEitherWay() {
        withABC();

        assertThatThrownBy(() -> experiment.revise(ID_B, draft("B"), true, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("promote");
        assertThatThrownBy(() -> experiment.revise(ID_A, draft("A"), false, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be unset");
        // Restating the current role is fine.
        experiment.revise(ID_A, draft("A"), true, "admin", T1);
        experiment.revise(ID_B, draft("B", false), false, "admin", T1);
        assertThat(experiment.control().orElseThrow().id()).isEqualTo(ID_A);
    }

    @Test
    void promoteSwapsTheControlAndReturnsTheOldThenTheNew() {
        withABC();

        List<PromptVariant> changed = experiment.promote(ID_B, "admin", T1);

        assertThat(changed).extracting(PromptVariant::id).containsExactly(ID_A, ID_B);
        assertThat(changed.get(0).isControl()).isFalse();
        assertThat(changed.get(1).isControl()).isTrue();
        assertThat(experiment.all().stream().filter(PromptVariant::isControl)).hasSize(1);
        assertThat(changed).allSatisfy(v -> assertThat(v.updatedAt()).isEqualTo(T1));
    }

    @Test
    void promotingTheControlChangesNothing() {
        withABC();

        assertThat(experiment.promote(ID_A, "admin", T1)).isEmpty();
        assertThat(experiment.control().orElseThrow().id()).isEqualTo(ID_A);
    }

    @Test
    void promotingAnInactiveVariantIsAConflictAndLeavesTheControlInPlace() {
        withABC();
        experiment.revise(ID_B, draft("B", false), null, "admin", T1);

        assertThatThrownBy(() -> experiment.promote(ID_B, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("inactive");
        PromptVariant a = experiment.find(ID_A).orElseThrow();
        assertThat(a.isControl()).isTrue();
        assertThat(a.updatedAt()).isEqualTo(T0);
        assertThat(experiment.control()).isPresent();
    }

    @Test
    void promotingAnArchivedVariantIsAConflictAndLeavesTheControlInPlace() {
        withABC();
        experiment.remove(ID_C, true, "admin", T1);

        assertThatThrownBy(() -> experiment.promote(ID_C, "admin", T1)).isInstanceOf(ConflictException.class);
        assertThat(experiment.control().map(PromptVariant::id)).contains(ID_A);
    }

    @Test
    void theControlCannotBeRemoved() {
        withABC();

        assertThatThrownBy(() -> experiment.remove(ID_A, false, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is the control");
        assertThatThrownBy(() -> experiment.remove(ID_A, true, "admin", T1)).isInstanceOf(ConflictException.class);
        assertThat(experiment.find(ID_A)).isPresent();
    }

    @Test
    void removingAVariantWithResultsArchivesItKeepingItsLabel() {
        withABC();

        assertThat(experiment.remove(ID_B, true, "admin", T1)).isEqualTo(Experiment.Removal.ARCHIVED);

        PromptVariant b = experiment.find(ID_B).orElseThrow();
        assertThat(b.isArchived()).isTrue();
        assertThat(b.draft().active()).isFalse();
        assertThat(b.isAssignable()).isFalse();
        assertThat(b.label()).isEqualTo("B");
        assertThat(b.updatedAt()).isEqualTo(T1);
        assertThat(experiment.all()).extracting(PromptVariant::id).contains(ID_B);
        assertThat(experiment.current()).extracting(PromptVariant::id).containsExactly(ID_A, ID_C);
        assertThat(experiment.assignable()).extracting(PromptVariant::id).containsExactly(ID_A, ID_C);
    }

    @Test
    void removingAVariantWithoutResultsDeletesIt() {
        withABC();

        assertThat(experiment.remove(ID_B, false, "admin", T1)).isEqualTo(Experiment.Removal.DELETED);

        assertThat(experiment.find(ID_B)).isEmpty();
        // Its label is free again.
        experiment.add(UUID.randomUUID(), draft("B"), false, "admin", T1);
    }

    @Test
    void anArchivedVariantCannotBeRevised() {
        withABC();
        experiment.remove(ID_B, true, "admin", T1);

        assertThatThrownBy(() -> experiment.revise(ID_B, draft("B"), null, "admin", T1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("archived");
        assertThat(experiment.find(ID_B).orElseThrow().isAssignable()).isFalse();
    }

    @Test
    void assignableVariantsAreTheActiveUnarchivedOnesSortedByLabel() {
        experiment.add(ID_C, draft("C"), false, "admin", T0); // control
        experiment.add(ID_A, draft("A"), false, "admin", T0);
        experiment.add(ID_B, draft("B", false), false, "admin", T0);
        UUID d = UUID.randomUUID();
        experiment.add(d, draft("D"), false, "admin", T0);
        experiment.remove(d, true, "admin", T1);

        assertThat(experiment.assignable()).extracting(PromptVariant::label).containsExactly("A", "C");
        assertThat(experiment.current()).extracting(PromptVariant::label).containsExactly("C", "A", "B");
    }

    @Test
    void rejectsVariantsOfAnotherOperation() {
        PromptVariant other = PromptVariant.rehydrate(ID_A,
                new VariantDraft(Operation.ATS_ANALYSIS, "A", "n", "p", true, null), true, false, T0, "x", T0, "x");

        assertThatThrownBy(() -> new Experiment(Operation.TAILORING, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> experiment.add(ID_B, other.draft(), false, "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rehydratedVariantsKeepTheirRoles() {
        PromptVariant a = PromptVariant.rehydrate(ID_A, draft("A"), true, false, T0, "x", T0, "x");
        PromptVariant b = PromptVariant.rehydrate(ID_B, draft("B"), false, true, T0, "x", T1, "y");

        Experiment loaded = new Experiment(Operation.TAILORING, List.of(a, b));

        assertThat(loaded.control()).containsSame(a);
        assertThat(loaded.assignable()).containsExactly(a);
        assertThat(loaded.operation()).isEqualTo(Operation.TAILORING);
    }
}
