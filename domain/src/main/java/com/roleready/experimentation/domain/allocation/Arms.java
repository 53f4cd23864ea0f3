package com.roleready.experimentation.domain.allocation;

import com.roleready.shared.domain.DomainValidationException;
import java.util.List;

/** Guards shared by the policies. */
final class Arms {

    static final String FIELD = "arms";

    private Arms() {
    }

    /** Indexed loop rather than a stream: this runs on every assignment and must not allocate. */
    static List<Arm> requireNonEmpty(List<Arm> arms) {
        if (arms == null || arms.isEmpty()) {
            throw new DomainValidationException(FIELD, FIELD + " must contain at least one variant");
        }
        for (int i = 0, n = arms.size(); i < n; i++) {
            if (arms.get(i) == null) {
                throw new DomainValidationException(FIELD, FIELD + " must not contain null entries");
            }
        }
        return arms;
    }
}
