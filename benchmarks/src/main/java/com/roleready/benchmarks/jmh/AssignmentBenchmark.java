package com.roleready.benchmarks.jmh;

import com.roleready.experimentation.domain.allocation.AllocationPolicy;
import com.roleready.experimentation.domain.allocation.Arm;
import com.roleready.experimentation.domain.allocation.RandomAllocation;
import com.roleready.experimentation.domain.allocation.RoundRobinAllocation;
import com.roleready.experimentation.domain.allocation.ThompsonSamplingAllocation;
import com.roleready.experimentation.domain.allocation.UserHashAllocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process assignment over 4 variants, one call per operation. The baseline is the cheapest assignment there is,
 * {@code userId.hashCode() % 4} (which is neither stable across implementations nor minimal-movement), so the
 * ratios say what the stronger guarantees cost. User ids cycle through 4,096 precomputed strings so that neither
 * string building nor one hot cache line is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssignmentBenchmark {

    private static final int USERS = 4096;
    private static final RandomGenerator THREAD_RANDOM = new RandomGenerator() {
        @Override
        public long nextLong() {
            return ThreadLocalRandom.current().nextLong();
        }
    };

    private final String[] users = new String[USERS];
    private List<Arm> arms;
    private List<Arm> learnedArms;
    private int next;
    private final AllocationPolicy userHash = new UserHashAllocation();
    private final AllocationPolicy random = new RandomAllocation(THREAD_RANDOM);
    private final AllocationPolicy roundRobin = new RoundRobinAllocation();
    private final AllocationPolicy weighted = new ThompsonSamplingAllocation(THREAD_RANDOM);

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom seed = new SplittableRandom(42);
        for (int i = 0; i < USERS; i++) {
            users[i] = "user-" + Long.toHexString(seed.nextLong());
        }
        arms = new ArrayList<>();
        learnedArms = new ArrayList<>();
        double[] rates = {0.50, 0.55, 0.60, 0.52};
        for (double rate : rates) {
            UUID id = new UUID(seed.nextLong(), seed.nextLong());
            arms.add(Arm.of(id));
            learnedArms.add(new Arm(id, 1, 5_000, 5_000 * rate));
        }
        arms = List.copyOf(arms);
        learnedArms = List.copyOf(learnedArms);
    }

    private String nextUser() {
        return users[next++ & (USERS - 1)];
    }

    @Benchmark
    public UUID baselineHashCodeModulo() {
        return arms.get(Math.floorMod(nextUser().hashCode(), arms.size())).variantId();
    }

    @Benchmark
    public UUID userHash() {
        return userHash.choose(arms, nextUser());
    }

    @Benchmark
    public UUID random() {
        return random.choose(arms, nextUser());
    }

    @Benchmark
    public UUID roundRobin() {
        return roundRobin.choose(arms, nextUser());
    }

    /** The bandit past its equal-split phase: one Beta draw per arm. */
    @Benchmark
    public UUID weighted() {
        return weighted.choose(learnedArms, nextUser());
    }
}
