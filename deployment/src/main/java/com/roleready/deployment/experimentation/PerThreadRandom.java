package com.roleready.deployment.experimentation;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The randomness of the {@code random} and {@code weighted} allocations, shared by every request
 * thread. Each call asks {@link ThreadLocalRandom#current()} afresh: the instance it returns must
 * not be kept and used from other threads, because a thread that never called {@code current()}
 * has an uninitialised seed and would draw the same numbers as every other such thread. No lock,
 * no contention, which matters on the assignment hot path. Not for secrets.
 */
public final class PerThreadRandom implements RandomGenerator {

    @Override
    public long nextLong() {
        return ThreadLocalRandom.current().nextLong();
    }

    @Override
    public int nextInt() {
        return ThreadLocalRandom.current().nextInt();
    }

    @Override
    public int nextInt(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    @Override
    public double nextDouble() {
        return ThreadLocalRandom.current().nextDouble();
    }

    @Override
    public double nextGaussian() {
        return ThreadLocalRandom.current().nextGaussian();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        ThreadLocalRandom.current().nextBytes(bytes);
    }
}
