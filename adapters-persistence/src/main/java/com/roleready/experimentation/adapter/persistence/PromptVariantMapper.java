package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantDraft;
import java.util.UUID;

/** Maps between the domain variant and its row. */
final class PromptVariantMapper {

    private PromptVariantMapper() {
    }

    static PromptVariantEntity toNewEntity(PromptVariant variant) {
        PromptVariantEntity entity = new PromptVariantEntity(variant.id().toString(), variant.operation().wireName(),
                variant.createdAt(), variant.createdBy());
        copyMutableState(variant, entity);
        return entity;
    }

    /** Everything but identity, operation and creation, which never change. */
    static void copyMutableState(PromptVariant variant, PromptVariantEntity entity) {
        VariantDraft draft = variant.draft();
        entity.applyState(draft.label(), draft.name(), draft.prompt(), draft.active(), variant.isControl(),
                variant.isArchived(), draft.weight(), variant.updatedAt(), variant.updatedBy());
    }

    static PromptVariant toDomain(PromptVariantEntity entity) {
        Operation operation = Operation.fromWireName(entity.operation(), "operation");
        VariantDraft draft = new VariantDraft(operation, entity.label(), entity.name(), entity.prompt(),
                entity.active(), entity.weight());
        return PromptVariant.rehydrate(UUID.fromString(entity.id()), draft, entity.control(), entity.archived(),
                entity.createdAt(), entity.createdBy(), entity.updatedAt(), entity.updatedBy());
    }
}
