package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantDraft;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prompt variant as the API shows it; {@code variant} is its label (A, B, ...). */
@Schema(name = "PromptVariant")
// Yasson orders by the Java names (active, control), not the renamed JSON ones.
@JsonbPropertyOrder({"id", "name", "operation", "variant", "prompt", "active", "control", "weight", "archived",
        "createdAt", "createdBy", "updatedAt", "updatedBy"})
public record VariantResponse(String id, String name,
                              @Schema(enumeration = {"tailoring", "ats_analysis", "content_generation",
                                      "skill_extraction"}) String operation,
                              @Schema(description = "The label, e.g. A or B", example = "B") String variant,
                              String prompt,
                              @JsonbProperty("isActive") @Schema(name = "isActive") boolean active,
                              @JsonbProperty("isControl") @Schema(name = "isControl") boolean control,
                              @Schema(description = "Static traffic share for random and user_hash; absent means 1")
                              Double weight,
                              @Schema(description = "Archived variants keep their results but take no traffic")
                              boolean archived,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static VariantResponse of(PromptVariant v) {
        VariantDraft d = v.draft();
        return new VariantResponse(v.id().toString(), d.name(), d.operation().wireName(), d.label(), d.prompt(),
                d.active(), v.isControl(), d.weight(), v.isArchived(), v.createdAt(), v.createdBy(), v.updatedAt(),
                v.updatedBy());
    }
}
