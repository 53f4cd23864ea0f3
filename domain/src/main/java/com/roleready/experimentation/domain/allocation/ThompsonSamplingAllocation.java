package com.roleready.experimentation.domain.allocation;

import com.roleready.shared.domain.DomainValidationException;
import com.roleready.shared.domain.Require;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The {@code weighted} strategy, "more traffic to better performers": a Thompson-sampling bandit over the arms'
 * recorded rewards (see {@link Arm} for the reward definition).
 *
 * <ol>
 *   <li>While any arm has fewer than {@code minTrialsPerArm} results, every arm gets an equal share (uniformly
 *       random), so that early luck cannot starve an arm before there is evidence.</li>
 *   <li>Afterwards, with probability {@code k · floorShare} (k arms) the pick is uniform, which guarantees each arm
 *       at least {@code floorShare} of the traffic: a bandit that stops sampling an arm can never notice that it has
 *       become better (prompts drift, models change).</li>
 *   <li>Otherwise each arm draws from its posterior Beta(1 + rewardSum, 1 + trials − rewardSum) (uniform prior) and
 *       the highest draw wins, so an arm's share equals the posterior probability that it is the best.</li>
 * </ol>
 * Static weights are ignored: the traffic split is what this strategy learns.
 *
 * <p>Thread-safe if {@code random} is (e.g. {@code ThreadLocalRandom.current()}).
 */
public final class ThompsonSamplingAllocation implements AllocationPolicy {

    public static final long DEFAULT_MIN_TRIALS_PER_ARM = 100;
    public static final double DEFAULT_FLOOR_SHARE = 0.05;

    private final RandomGenerator random;
    // Hipparchus's Cheng sampler for the Beta draws, fed from the same generator so one seed fixes everything.
    private final RandomDataGenerator betaSampler;
    private final long minTrialsPerArm;
    private final double floorShare;

    public ThompsonSamplingAllocation(RandomGenerator random) {
        this(random, DEFAULT_MIN_TRIALS_PER_ARM, DEFAULT_FLOOR_SHARE);
    }

    /**
     * @param minTrialsPerArm results every arm needs before the bandit takes over, &ge; 0
     * @param floorShare      the least share of traffic per arm, in [0, 1]; with k arms k · floorShare must be
     *                        at most 1 (checked per call, as k is only known then)
     */
    public ThompsonSamplingAllocation(RandomGenerator random, long minTrialsPerArm, double floorShare) {
        this.random = Require.present(random, "random");
        if (minTrialsPerArm < 0) {
            throw new DomainValidationException("minTrialsPerArm", "minTrialsPerArm must be at least 0");
        }
        if (!(floorShare >= 0 && floorShare <= 1)) {
            throw new DomainValidationException("floorShare", "floorShare must be between 0 and 1");
        }
        this.betaSampler = RandomDataGenerator.of(new HipparchusRandom(random));
        this.minTrialsPerArm = minTrialsPerArm;
        this.floorShare = floorShare;
    }

    @Override
    public UUID choose(List<Arm> arms, String userId) {
        Arms.requireNonEmpty(arms);
        int k = arms.size();
        if (k * floorShare > 1) {
            throw new DomainValidationException("floorShare", "floorShare " + floorShare + " times " + k
                    + " variants exceeds 1");
        }
        if (k == 1) {
            return arms.get(0).variantId();
        }
        if (anyArmBelowMinTrials(arms) || random.nextDouble() < k * floorShare) {
            return arms.get(random.nextInt(k)).variantId();
        }
        int best = 0;
        double bestDraw = -1;
        for (int i = 0; i < k; i++) {
            Arm arm = arms.get(i);
            double draw = betaSampler.nextBeta(1 + arm.rewardSum(), 1 + arm.trials() - arm.rewardSum());
            if (draw > bestDraw) {
                best = i;
                bestDraw = draw;
            }
        }
        return arms.get(best).variantId();
    }

    private boolean anyArmBelowMinTrials(List<Arm> arms) {
        for (int i = 0, n = arms.size(); i < n; i++) {
            if (arms.get(i).trials() < minTrialsPerArm) {
                return true;
            }
        }
        return false;
    }

    /** Lets Hipparchus's samplers draw from a {@code java.util.random} generator. Seeding is the owner's job. */
    private static final class HipparchusRandom implements org.hipparchus.random.RandomGenerator {

        private final RandomGenerator delegate;

        HipparchusRandom(RandomGenerator delegate) {
            this.delegate = delegate;
        }

        @Override
        public void setSeed(int seed) {
            throw new UnsupportedOperationException("seed the java.util.random generator instead");
        }

        @Override
        public void setSeed(int[] seed) {
            throw new UnsupportedOperationException("seed the java.util.random generator instead");
        }

        @Override
        public void setSeed(long seed) {
            throw new UnsupportedOperationException("seed the java.util.random generator instead");
        }

        @Override
        public void nextBytes(byte[] bytes) {
            delegate.nextBytes(bytes);
        }

        @Override
        public void nextBytes(byte[] bytes, int offset, int length) {
            byte[] chunk = new byte[length];
            delegate.nextBytes(chunk);
            System.arraycopy(chunk, 0, bytes, offset, length);
        }

        @Override
        public int nextInt() {
            return delegate.nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return delegate.nextInt(bound);
        }

        @Override
        public long nextLong() {
            return delegate.nextLong();
        }

        @Override
        public long nextLong(long bound) {
            return delegate.nextLong(bound);
        }

        @Override
        public boolean nextBoolean() {
            return delegate.nextBoolean();
        }

        @Override
        public float nextFloat() {
            return delegate.nextFloat();
        }

        @Override
        public double nextDouble() {
            return delegate.nextDouble();
        }

        @Override
        public double nextGaussian() {
            return delegate.nextGaussian();
        }
    }
}
