package com.roleready.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Assignment over HTTP on loopback: {@code POST /api/ab-testing/assignments} (4 variants, {@code user_hash}, 4,096
 * users) against the ceiling, {@code GET /api/me} on the same server: a trivial endpoint behind the same JWT
 * check, JAX-RS and JSON. The same closed-loop load generator (N connections, each sending its next request as soon
 * as the answer arrives) runs both, in alternating rounds, so that drift on a shared machine hits both alike.
 * Prints requests/s and p50/p99 per endpoint (medians over the rounds) and the share of the ceiling (the median of
 * the per-round ratios).
 */
public final class AssignmentHttpRun {

    private static final String OPERATION = "tailoring";
    private static final int USERS = 4096;

    private final HttpClient http;
    private final String baseUrl;
    private final int connections;

    private AssignmentHttpRun(Map<String, String> options) {
        this.baseUrl = options.getOrDefault("base-url", "http://localhost:9285");
        this.connections = Integer.parseInt(options.getOrDefault("connections", "16"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        new AssignmentHttpRun(options).run(options);
        System.exit(0); // the HTTP client's pool is not daemon threads
    }

    private record Round(double perSecond, Histogram latencyMicros) {
    }

    private void run(Map<String, String> options) throws Exception {
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int warmUpSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "10"));
        Tokens tokens = new Tokens(Path.of(options.getOrDefault("private-key", "scripts/dev-keys/dev-jwt-private-key.pem")));
        String admin = tokens.mint("bench-admin", List.of("admin"));
        String service = tokens.mint("bench-ai-service", List.of("service"));
        String user = tokens.mint("bench-user", List.of());
        createVariants(admin);

        String[] bodies = new String[USERS];
        for (int i = 0; i < USERS; i++) {
            bodies[i] = "{\"operation\":\"" + OPERATION + "\",\"userId\":\"user-" + Integer.toHexString(i * 7919)
                    + "\",\"strategy\":\"user_hash\"}";
        }
        RequestFactory me = i -> HttpRequest.newBuilder(URI.create(baseUrl + "/api/me"))
                .header("Authorization", "Bearer " + user).GET().build();
        RequestFactory assign = i -> HttpRequest.newBuilder(URI.create(baseUrl + "/api/ab-testing/assignments"))
                .header("Authorization", "Bearer " + service).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies[(int) (i & (USERS - 1))])).build();

        load(me, warmUpSeconds, 200);
        load(assign, warmUpSeconds, 200);
        List<Round> ceiling = new ArrayList<>();
        List<Round> assignments = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            ceiling.add(load(me, seconds, 200));
            assignments.add(load(assign, seconds, 200));
            System.out.printf(Locale.ROOT, "round %d: GET /api/me %.0f req/s p99 %.1f ms | POST assignments %.0f req/s p99 %.1f ms%n",
                    r + 1, ceiling.get(r).perSecond, p(ceiling.get(r), 99), assignments.get(r).perSecond,
                    p(assignments.get(r), 99));
        }
        double meRate = median(ceiling.stream().mapToDouble(Round::perSecond).toArray());
        double assignRate = median(assignments.stream().mapToDouble(Round::perSecond).toArray());
        // Each assignment round is compared with the ceiling round just before it, measured seconds apart; the
        // median of those ratios is steadier than the ratio of medians when other load comes and goes.
        double[] shares = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            shares[r] = assignments.get(r).perSecond / ceiling.get(r).perSecond;
        }
        double share = median(shares);
        System.out.println();
        System.out.printf("%d connections, %d rounds of %d s each, alternating; medians over the rounds%n%n",
                connections, rounds, seconds);
        System.out.println("| endpoint | requests/s | p50 (ms) | p99 (ms) |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| `GET /api/me` (ceiling) | %.0f | %.2f | %.2f |%n", meRate,
                median(ceiling.stream().mapToDouble(x -> p(x, 50)).toArray()),
                median(ceiling.stream().mapToDouble(x -> p(x, 99)).toArray()));
        System.out.printf(Locale.ROOT, "| `POST /api/ab-testing/assignments` | %.0f | %.2f | %.2f |%n", assignRate,
                median(assignments.stream().mapToDouble(x -> p(x, 50)).toArray()),
                median(assignments.stream().mapToDouble(x -> p(x, 99)).toArray()));
        System.out.printf(Locale.ROOT, "%nshare of the ceiling per round: %s; median %.1f %%%n",
                Arrays.toString(Arrays.stream(shares).map(x -> Math.round(1000 * x) / 10.0).toArray()), 100 * share);
        System.out.printf(Locale.ROOT, "%nRESULT assignments/s %.0f, ceiling %.0f, share %.1f %%, p99 %.2f ms vs %.2f ms%n",
                assignRate, meRate, 100 * share,
                median(assignments.stream().mapToDouble(x -> p(x, 99)).toArray()),
                median(ceiling.stream().mapToDouble(x -> p(x, 99)).toArray()));
    }

    private static double p(Round round, double percentile) {
        return round.latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @FunctionalInterface
    private interface RequestFactory {
        HttpRequest create(long i);
    }

    /** Closed loop: {@code connections} threads, each sends its next request when the previous answer is read. */
    private Round load(RequestFactory requests, int seconds, int expectedStatus) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<Histogram>> futures = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            futures.add(clients.submit(() -> {
                Histogram histogram = new Histogram(60_000_000L, 3);
                while (System.nanoTime() < end) {
                    long i = next.getAndIncrement();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(requests.create(i), HttpResponse.BodyHandlers.ofString());
                    histogram.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                    if (response.statusCode() != expectedStatus) {
                        throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
                    }
                }
                return histogram;
            }));
        }
        Histogram total = new Histogram(60_000_000L, 3);
        for (Future<Histogram> future : futures) {
            total.add(future.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        return new Round(total.getTotalCount() / elapsed, total);
    }

    private void createVariants(String admin) throws Exception {
        for (String variant : List.of("A", "B", "C", "D")) {
            String body = "{\"name\":\"bench " + variant + "\",\"operation\":\"" + OPERATION + "\",\"variant\":\""
                    + variant + "\",\"prompt\":\"Prompt " + variant + " for the assignment benchmark.\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/ab-testing/variants"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("create variant answered " + response.statusCode() + ": " + response.body());
            }
        }
    }
}
