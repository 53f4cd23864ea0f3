package com.roleready.experimentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariantDraftTest {

    private static VariantDraft draft(String label, String name, String prompt, Double weight) {
        return new VariantDraft(Operation.ATS_ANALYSIS, label, name, prompt, true, weight);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "b", "7", "v2.1_beta-x", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void acceptsLabelsOfLettersDigitsAndSeparators(String label) {
        assertThat(draft(label, "name", "prompt", null).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " A", "-A", ".A", "_A", "A B", "A/B", "Ä", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void rejectsOtherLabelsNamingTheVariantField(String label) {
        assertField(() -> draft(label, "name", "prompt", null), "variant");
    }

    @Test
    void rejectsAMissingLabelOrOperation() {
        assertField(() -> draft(null, "name", "prompt", null), "variant");
        assertField(() -> new VariantDraft(null, "A", "name", "prompt", true, null), "operation");
    }

    @Test
    void rejectsABlankOrOverlongNameOrPrompt() {
        assertField(() -> draft("A", " ", "prompt", null), "name");
        assertField(() -> draft("A", null, "prompt", null), "name");
        assertField(() -> draft("A", "n".repeat(201), "prompt", null), "name");
        assertField(() -> draft("A", "name", "\t\n", null), "prompt");
        assertField(() -> draft("A", "name", null, null), "prompt");
        assertField(() -> draft("A", "name", "p".repeat(VariantDraft.MAX_PROMPT_LENGTH + 1), null), "prompt");
        assertThat(draft("A", "n".repeat(200), "p".repeat(VariantDraft.MAX_PROMPT_LENGTH), null)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, -0.0, 1000.000001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsAWeightOutsideZeroExclusiveToOneThousand(double weight) {
        assertField(() -> draft("A", "name", "prompt", weight), "weight");
    }

    @Test
    void aMissingWeightMeansOneAndTheBoundsAreAccepted() {
        assertThat(draft("A", "name", "prompt", null).effectiveWeight()).isEqualTo(1.0);
        assertThat(draft("A", "name", "prompt", 1000.0).effectiveWeight()).isEqualTo(1000.0);
        assertThat(draft("A", "name", "prompt", 0.001).effectiveWeight()).isEqualTo(0.001);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
