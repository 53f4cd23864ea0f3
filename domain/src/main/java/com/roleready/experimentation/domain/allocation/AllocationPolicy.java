package com.roleready.experimentation.domain.allocation;

import java.util.List;
import java.util.UUID;

/**
 * Chooses the variant for one request. Implementations never return a variant that is not among {@code arms}, and
 * reject an empty or missing list with a {@link com.roleready.shared.domain.DomainValidationException} naming
 * {@code arms}.
 */
public interface AllocationPolicy {

    /**
     * @param arms   the active variants, non-empty, in a stable order chosen by the caller (round robin rotates in
     *               this order; the other policies do not depend on it)
     * @param userId who the request is for; required by {@code user_hash}, ignored by the others
     * @return the chosen variant's id
     */
    UUID choose(List<Arm> arms, String userId);
}
