package com.roleready.experimentation.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantDraft;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PromptVariantMapperTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static PromptVariant variant(boolean control, boolean archived, Double weight) {
        return PromptVariant.rehydrate(UUID.randomUUID(), new VariantDraft(Operation.ATS_ANALYSIS, "Beta-2",
                "Second try", "Score this resume", !archived, weight), control, archived, T0, "creator",
                T0.plusSeconds(5), "editor");
    }

    @Test
    void aControlRowCarriesItsOperationInTheUniqueControlColumn() {
        PromptVariantEntity entity = PromptVariantMapper.toNewEntity(variant(true, false, null));

        assertThat(entity.control()).isTrue();
        assertThat(entity.controlOf()).isEqualTo("ats_analysis");
        assertThat(entity.operation()).isEqualTo("ats_analysis");
    }

    @Test
    void aDemotedVariantLeavesTheUniqueControlColumnEmpty() {
        PromptVariant control = variant(true, false, null);
        PromptVariantEntity entity = PromptVariantMapper.toNewEntity(control);
        PromptVariant demoted = PromptVariant.rehydrate(control.id(), control.draft(), false, false,
                control.createdAt(), control.createdBy(), T0.plusSeconds(9), "admin");

        PromptVariantMapper.copyMutableState(demoted, entity);

        assertThat(entity.control()).isFalse();
        assertThat(entity.controlOf()).isNull();
        assertThat(entity.updatedAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void theLabelKeyIsTheLabelLowerCasedSoThatLabelsAreUniqueIgnoringCase() {
        PromptVariantEntity entity = PromptVariantMapper.toNewEntity(variant(false, false, 1.5));

        assertThat(entity.label()).isEqualTo("Beta-2");
        assertThat(entity.labelKey()).isEqualTo("beta-2");
    }

    @Test
    void roundTripsEveryField() {
        for (PromptVariant variant : new PromptVariant[] {variant(true, false, null), variant(false, true, 0.5)}) {
            PromptVariant back = PromptVariantMapper.toDomain(PromptVariantMapper.toNewEntity(variant));

            assertThat(back).usingRecursiveComparison().isEqualTo(variant);
        }
    }
}
