package com.roleready.experimentation.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of POST and PUT /api/ab-testing/variants (read strictly by JsonRequest). On
 * PUT every field is optional: an absent one keeps its value.
 */
@Schema(name = "PromptVariantRequest")
public class VariantRequest {

    @Schema(required = true, example = "Tailoring, concise bullets")
    public String name;

    @Schema(required = true, enumeration = {"tailoring", "ats_analysis", "content_generation", "skill_extraction"})
    public String operation;

    @Schema(required = true, description = "Label, unique per operation: 1-32 letters, digits, '_', '.', '-'",
            example = "B")
    public String variant;

    @Schema(required = true, description = "The prompt text, at most 100000 characters")
    public String prompt;

    @Schema(name = "isActive", description = "Defaults to true; inactive variants get no traffic")
    public Boolean isActive;

    @Schema(name = "isControl", description = "Make this the control. The first variant of an operation always "
            + "is. A second control is a 409, and so is changing it on PUT: use POST /api/ab-testing/promote/{id}")
    public Boolean isControl;

    @Schema(description = "Static traffic share (0 < weight <= 1000) for random and user_hash; defaults to 1")
    public Double weight;
}
