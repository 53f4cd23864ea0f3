package com.roleready.benchmarks.jmh;

import com.roleready.experimentation.domain.allocation.AllocationPolicy;
import com.roleready.experimentation.domain.allocation.Arm;
import com.roleready.experimentation.domain.allocation.RandomAllocation;
import com.roleready.experimentation.domain.allocation.RoundRobinAllocation;
import com.roleready.experimentation.domain.allocation.ThompsonSamplingAllocation;
import com.roleready.experimentation.domain.allocation.UserHashAllocation;
import com.sdk.growthbook.GBSDKBuilder;
import com.sdk.growthbook.GrowthBookSDK;
import com.sdk.growthbook.model.GBExperiment;
import com.sdk.growthbook.model.GBExperimentResult;
import com.sdk.growthbook.model.GBNumber;
import com.sdk.growthbook.model.GBString;
import com.sdk.growthbook.model.GBValue;
import com.sdk.growthbook.network.NetworkDispatcher;
import io.getunleash.DefaultUnleash;
import io.getunleash.UnleashContext;
import io.getunleash.util.UnleashConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process assignment over 4 variants, one call per operation. The baseline is the cheapest assignment there is,
 * {@code userId.hashCode() % 4} (which is neither stable across implementations nor minimal-movement), so the
 * ratios say what the stronger guarantees cost. User ids cycle through 4,096 precomputed strings so that neither
 * string building nor one hot cache line is measured.
 *
 * <p>Peers, in the same run, each answering "which of 4 equally weighted variants does this user get", in process,
 * with no network, from the user id alone:
 * <ul>
 *   <li>{@code growthBook}: the GrowthBook SDK ({@code GrowthBook-jvm}, the Kotlin SDK's JVM build) running a
 *       4-variation experiment hashed on the {@code id} attribute (hash version 2, no sticky bucketing), with the
 *       user's attributes set on the SDK before each run, as a server serving many users does;</li>
 *   <li>{@code unleash}: the Unleash Java client resolving a 4-variant toggle (weights 250 each, stickiness
 *       {@code userId}) from a bootstrapped configuration, with polling, metrics and the initial fetch off.</li>
 * </ul>
 * Both get their per-user input (attribute map, {@code UnleashContext}) precomputed, as our policies get a
 * precomputed list of arms, so only the evaluation is measured.
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

    private GrowthBookSDK growthBook;
    private GBExperiment growthBookExperiment;
    private final List<Map<String, GBValue>> growthBookAttributes = new ArrayList<>();
    private DefaultUnleash unleash;
    private final UnleashContext[] unleashContexts = new UnleashContext[USERS];
    private Path unleashBackup;

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
        setUpGrowthBook();
        setUpUnleash();
        checkPeersSplitEvenly();
    }

    private void setUpGrowthBook() {
        growthBook = new GBSDKBuilder("bench-key", "http://127.0.0.1:1", null, new OfflineDispatcher(),
                new HashMap<>(), null, (experiment, result) -> kotlin.Unit.INSTANCE, false, false, false).initialize();
        List<GBValue> variations = List.of(new GBNumber(0), new GBNumber(1), new GBNumber(2), new GBNumber(3));
        growthBookExperiment = new GBExperiment("prompt-experiment", variations, null, "id",
                List.of(0.25f, 0.25f, 0.25f, 0.25f), true, 1f, null, null, null, 2, null, null, null, null, null,
                null, null, true, null, null);
        for (String user : users) {
            growthBookAttributes.add(Map.of("id", new GBString(user)));
        }
    }

    private void setUpUnleash() {
        String variants = "[" + String.join(",", List.of("A", "B", "C", "D").stream()
                .map(v -> "{\"name\":\"" + v + "\",\"weight\":250,\"weightType\":\"variable\",\"stickiness\":\"userId\"}")
                .toList()) + "]";
        String toggles = "{\"version\":2,\"features\":[{\"name\":\"prompt-experiment\",\"enabled\":true,"
                + "\"strategies\":[{\"name\":\"default\",\"parameters\":{}}],\"variants\":" + variants + "}]}";
        try {
            unleashBackup = Files.createTempFile("unleash-bench", ".json");
            Files.delete(unleashBackup); // no backup: the bootstrap is the only source
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        UnleashConfig config = UnleashConfig.builder().appName("assignment-benchmark")
                .unleashAPI("http://127.0.0.1:1/api/").instanceId("bench")
                .synchronousFetchOnInitialisation(false).disablePolling().disableMetrics()
                .backupFile(unleashBackup.toString()).toggleBootstrapProvider(() -> Optional.of(toggles)).build();
        unleash = new DefaultUnleash(config);
        for (int i = 0; i < USERS; i++) {
            unleashContexts[i] = UnleashContext.builder().userId(users[i]).build();
        }
    }

    /** Fails the trial if a peer is not really running a 4-way split (a silent default would look very fast). */
    private void checkPeersSplitEvenly() {
        int[] growthBookCounts = new int[4];
        Map<String, Integer> unleashCounts = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            growthBook.setAttributes(growthBookAttributes.get(i));
            GBExperimentResult result = growthBook.run(growthBookExperiment);
            if (!result.getInExperiment()) {
                throw new IllegalStateException("GrowthBook did not put " + users[i] + " in the experiment");
            }
            growthBookCounts[result.getVariationId()]++;
            unleashCounts.merge(unleash.getVariant("prompt-experiment", unleashContexts[i]).getName(), 1, Integer::sum);
        }
        for (int count : growthBookCounts) {
            if (count < USERS / 8) {
                throw new IllegalStateException("GrowthBook split is not 4-way: " + java.util.Arrays.toString(growthBookCounts));
            }
        }
        if (unleashCounts.size() != 4 || !unleashCounts.keySet().equals(java.util.Set.of("A", "B", "C", "D"))
                || unleashCounts.values().stream().anyMatch(c -> c < USERS / 8)) {
            throw new IllegalStateException("Unleash split is not 4-way: " + unleashCounts);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        unleash.shutdown();
    }

    private String nextUser() {
        return users[next++ & (USERS - 1)];
    }

    private int nextIndex() {
        return next++ & (USERS - 1);
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

    /** GrowthBook: set the user's attributes, run the experiment. */
    @Benchmark
    public int growthBook() {
        growthBook.setAttributes(growthBookAttributes.get(nextIndex()));
        return growthBook.run(growthBookExperiment).getVariationId();
    }

    /** Unleash: resolve the toggle's variant for the user's context. */
    @Benchmark
    public String unleash() {
        return unleash.getVariant("prompt-experiment", unleashContexts[nextIndex()]).getName();
    }

    /** Answers every fetch with a failure at once: the SDK runs offline on what it was given. */
    private static final class OfflineDispatcher implements NetworkDispatcher {
        @Override
        public kotlinx.coroutines.Job consumeGETRequest(String url, kotlin.jvm.functions.Function1<? super String, kotlin.Unit> onSuccess,
                kotlin.jvm.functions.Function1<? super Throwable, kotlin.Unit> onError) {
            onError.invoke(new IOException("offline benchmark"));
            return kotlinx.coroutines.JobKt.Job(null);
        }

        @Override
        public kotlinx.coroutines.flow.Flow<com.sdk.growthbook.utils.Resource<String>> consumeSSEConnection(String url) {
            return kotlinx.coroutines.flow.FlowKt.emptyFlow();
        }

        @Override
        public void consumePOSTRequest(String url, Map<String, ?> body, kotlin.jvm.functions.Function1<? super String, kotlin.Unit> onSuccess,
                kotlin.jvm.functions.Function1<? super Throwable, kotlin.Unit> onError) {
            onError.invoke(new IOException("offline benchmark"));
        }
    }
}
