package com.roleready.experimentation.domain;

import com.roleready.shared.domain.DomainValidationException;
import java.util.Arrays;

/** The AI operations whose prompts can be A/B tested, with their exact wire names. */
public enum Operation {
    TAILORING("tailoring"),
    ATS_ANALYSIS("ats_analysis"),
    CONTENT_GENERATION("content_generation"),
    SKILL_EXTRACTION("skill_extraction");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Operation fromWireName(String name, String field) {
        return Arrays.stream(values())
                .filter(op -> op.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new DomainValidationException(field, "unknown operation '" + name
                        + "'; expected one of " + Arrays.stream(values()).map(Operation::wireName).toList()));
    }
}
