package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.PromptVariant;
import java.util.UUID;

public interface SaveVariantPort {

    /** Inserts the variant and its empty running aggregate. */
    void saveNew(PromptVariant variant);

    /**
     * Writes the variant's current state. Changes are written in call order, so a promotion that
     * demotes the old control first never has two controls in the database, even for a moment.
     */
    void update(PromptVariant variant);

    /** Removes a variant that has no results, with its aggregate. */
    void delete(UUID id);
}
