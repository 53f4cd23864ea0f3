package com.roleready.experimentation.domain.allocation;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code round_robin} strategy: the n-th call (counting from 0) gets {@code arms[n mod size]}, so the given arms
 * are served in their list order, A, B, C, A, B, C, … Hold one instance per operation: the position lives here.
 *
 * <p>Exact under concurrent callers: each call takes a distinct ticket from one {@link AtomicLong}, so any run of
 * calls over the same arms is split with counts that differ by at most one. The position is in memory only: with
 * several servers each server rotates independently, so the split is balanced per server, not exactly globally
 * (the global counts still differ by at most one per server), and a restart starts the rotation again at the first
 * arm. When the arm list changes, the rotation simply continues over the new list.
 */
public final class RoundRobinAllocation implements AllocationPolicy {

    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID choose(List<Arm> arms, String userId) {
        Arms.requireNonEmpty(arms);
        // floorMod keeps the index valid even after the ticket wraps past Long.MAX_VALUE.
        int index = (int) Math.floorMod(next.getAndIncrement(), (long) arms.size());
        return arms.get(index).variantId();
    }
}
