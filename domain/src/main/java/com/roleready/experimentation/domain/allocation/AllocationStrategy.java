package com.roleready.experimentation.domain.allocation;

import com.roleready.shared.domain.DomainValidationException;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/** How traffic is split between the active variants of one operation, with the exact wire names. */
public enum AllocationStrategy {
    /** Uniform over the variants, honouring static weights: {@link RandomAllocation}. */
    RANDOM("random"),
    /** More traffic to better performers, a bandit: {@link ThompsonSamplingAllocation}. */
    WEIGHTED("weighted"),
    /** Exact rotation: {@link RoundRobinAllocation}. */
    ROUND_ROBIN("round_robin"),
    /** The same user always gets the same variant, without stored state: {@link UserHashAllocation}. */
    USER_HASH("user_hash");

    private final String wireName;

    AllocationStrategy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AllocationStrategy fromWireName(String name, String field) {
        return Arrays.stream(values())
                .filter(strategy -> strategy.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new DomainValidationException(field, "unknown strategy '" + name
                        + "'; expected one of " + Arrays.stream(values()).map(AllocationStrategy::wireName).toList()));
    }

    /**
     * A new policy for this strategy with the default settings. Round robin keeps its position in the instance, so
     * the caller holds one instance per operation rather than calling this per request.
     *
     * @param random the source of randomness for {@code random} and {@code weighted}; ignored by the others
     */
    public AllocationPolicy newPolicy(RandomGenerator random) {
        return switch (this) {
            case RANDOM -> new RandomAllocation(random);
            case WEIGHTED -> new ThompsonSamplingAllocation(random);
            case ROUND_ROBIN -> new RoundRobinAllocation();
            case USER_HASH -> new UserHashAllocation();
        };
    }
}
