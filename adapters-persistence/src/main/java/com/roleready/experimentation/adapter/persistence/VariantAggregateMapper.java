package com.roleready.experimentation.adapter.persistence;

import com.roleready.experimentation.domain.DurationHistogram;
import com.roleready.experimentation.domain.VariantAggregate;
import java.util.UUID;

/** Maps between a variant's running aggregate and its row. */
final class VariantAggregateMapper {

    private VariantAggregateMapper() {
    }

    static VariantAggregateEntity toNewEntity(VariantAggregate aggregate) {
        VariantAggregateEntity entity = new VariantAggregateEntity(aggregate.variantId().toString());
        copyMutableState(aggregate, entity);
        return entity;
    }

    static void copyMutableState(VariantAggregate aggregate, VariantAggregateEntity entity) {
        entity.applyState(aggregate.totals(), aggregate.encodedDurations());
    }

    static VariantAggregate toDomain(VariantAggregateEntity entity) {
        return VariantAggregate.rehydrate(UUID.fromString(entity.variantId()), entity.totals(),
                DurationHistogram.decode(entity.durationHistogram()));
    }
}
