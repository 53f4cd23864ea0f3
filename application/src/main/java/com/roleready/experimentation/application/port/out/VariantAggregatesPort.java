package com.roleready.experimentation.application.port.out;

import com.roleready.experimentation.domain.VariantAggregate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The running totals per variant; reading them costs the same for 1 k or 1 M results. */
public interface VariantAggregatesPort {

    /** The aggregate, locked until the transaction ends, so that concurrent recordings never lose an update. */
    VariantAggregate lockForUpdate(UUID variantId);

    void save(VariantAggregate aggregate);

    /** The aggregates of the given variants; a variant without one maps to an empty aggregate. */
    Map<UUID, VariantAggregate> load(Collection<UUID> variantIds);
}
