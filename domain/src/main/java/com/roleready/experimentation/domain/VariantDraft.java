package com.roleready.experimentation.domain;

import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;
import java.util.regex.Pattern;

/**
 * What an admin writes about a variant: everything but its identity, its control role and its
 * audit fields. Rejects bad input on construction, naming the field.
 *
 * @param weight static traffic share for {@code random} and {@code user_hash}; null means 1
 */
public record VariantDraft(Operation operation, String label, String name, String prompt, boolean active,
                           Double weight) {

    public static final int MAX_PROMPT_LENGTH = 100_000;
    public static final double MAX_WEIGHT = 1_000;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

    public VariantDraft {
        Require.present(operation, "operation");
        Require.notBlank(label, "variant");
        if (!LABEL.matcher(label).matches()) {
            throw new DomainValidationException("variant",
                    "variant must be 1-32 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        Require.maxLength(Require.notBlank(name, "name"), 200, "name");
        Require.maxLength(Require.notBlank(prompt, "prompt"), MAX_PROMPT_LENGTH, "prompt");
        if (weight != null && (!Double.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT)) {
            throw new DomainValidationException("weight", "weight must be a number above 0 and at most " + MAX_WEIGHT);
        }
    }

    public double effectiveWeight() {
        return weight == null ? 1.0 : weight;
    }
}
