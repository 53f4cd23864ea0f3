package com.roleready.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Webhook delivery load run on loopback: publish events over REST to a running server, which
 * delivers them (through its database) to a local receiver that answers 200 at once.
 *
 * <p>{@code --rounds R} (default 3) rounds, each of:
 * <ol>
 *   <li>Baseline: the receiver's raw POST rate from this process, same concurrency, right before the bursts.</li>
 *   <li>Throughput: publish N events as fast as possible; deliveries/s until the last arrives.</li>
 *   <li>Fan-out (when {@code --fanout k} is above 1): other users with k endpoints each, so one publish makes k
 *       deliveries; N deliveries from N/k publishes. This measures the delivery pipeline (claim, send, record)
 *       when the publish rate no longer caps it. It is reported on its own line, never as the end-to-end figure.</li>
 * </ol>
 * The report gives each figure's median over the rounds (the share of the raw rate is the median of the rounds'
 * shares). Then, once: publish at half the median delivery rate (or at {@code --latency-rate}) for a while;
 * publish→2xx latency p50/p99.
 *
 * <p>{@code --publish-batch b} (above 1) publishes b events per request through {@code POST /api/events/batch}, as a
 * platform service that reports many outcomes at once would; 1 (the default) sends one {@code POST /api/events} per
 * event.
 */
public final class WebhookLoadRun {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final Map<String, String> options;
    private final String baseUrl;
    private final int concurrency;
    private final int publishBatch;
    private final AtomicLong publishRetries = new AtomicLong();
    private final AtomicLong publishCount = new AtomicLong();
    private static final long RUN_ID = System.currentTimeMillis();

    private WebhookLoadRun(Map<String, String> options) {
        this.options = options;
        this.baseUrl = options.getOrDefault("base-url", "http://localhost:9281");
        this.concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        this.publishBatch = Integer.parseInt(options.getOrDefault("publish-batch", "1"));
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            new WebhookLoadRun(Options.parse(args)).run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the HTTP client's and receiver's pools are not daemon threads
    }

    private void run() throws Exception {
        int events = Integer.parseInt(options.getOrDefault("events", "20000"));
        int latencySeconds = Integer.parseInt(options.getOrDefault("latency-seconds", "20"));
        int users = Integer.parseInt(options.getOrDefault("users", "4"));
        int fanout = Integer.parseInt(options.getOrDefault("fanout", "4"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Tokens tokens = new Tokens(Path.of(options.getOrDefault("private-key", "scripts/dev-keys/dev-jwt-private-key.pem")));
        try (LoadReceiver receiver = new LoadReceiver(8)) {
            List<String> userIds = configureEndpoints(tokens, receiver, users, 1);
            List<String> fanUsers = fanout > 1 ? configureEndpoints(tokens, receiver, users, fanout) : List.of();
            String service = tokens.mint("load-generator", List.of("service"));

            rawPostRate(receiver, 3 * events); // warms the client and the receiver up (JIT); not measured
            warmUp(receiver, service, userIds);
            List<Round> measured = new ArrayList<>();
            long seq = 10L * events;
            for (int r = 1; r <= rounds; r++) {
                // The baseline right before each burst, so that both see the same machine.
                double raw = rawPostRate(receiver, events);
                ThroughputResult throughput = throughput(receiver, service, userIds, events, 1, seq);
                seq += events;
                ThroughputResult fanned = null;
                if (fanout > 1) {
                    fanned = throughput(receiver, service, fanUsers, events / fanout, fanout, seq);
                    seq += events;
                }
                Round round = new Round(raw, throughput, fanned);
                measured.add(round);
                System.out.println(round.describe(r, fanout));
            }
            Round median = Round.median(measured);

            receiver.latencyMicros.getIntervalHistogram(); // reset
            // --latency-rate fixes the rate, so that two runs compare CPU per delivery at the same load.
            double latencyRate = options.containsKey("latency-rate") ? Double.parseDouble(options.get("latency-rate"))
                    : median.throughput.deliveriesPerSecond / 2;
            int latencyEvents = (int) Math.max(100, latencyRate * latencySeconds);
            long before = receiver.deliveries.get();
            publishAll(service, userIds, latencyEvents, seq, latencyRate);
            awaitDeliveries(receiver, before + latencyEvents, Duration.ofMinutes(5));
            Histogram latency = receiver.latencyMicros.getIntervalHistogram();

            report(median, rounds, latencyRate, latency, fanout, receiver);
        }
    }

    /** One measured round: the receiver's raw rate, then the burst (and the fan-out burst) right after it. */
    private record Round(double raw, ThroughputResult throughput, ThroughputResult fanned) {

        double share() {
            return throughput.deliveriesPerSecond / raw;
        }

        double fannedShare() {
            return fanned.deliveriesPerSecond / raw;
        }

        String describe(int number, int fanout) {
            return String.format("round %d: raw %.0f/s, deliveries %.0f/s (%.1f %% of raw), publishes %.0f/s%s", number,
                    raw, throughput.deliveriesPerSecond, 100 * share(), throughput.publishPerSecond,
                    fanned == null ? "" : String.format(", fan-out %d: %.0f/s (%.1f %%)", fanout,
                            fanned.deliveriesPerSecond, 100 * fannedShare()));
        }

        /** Each figure's median over the rounds, the shares included (not a share of two medians). */
        static Round median(List<Round> rounds) {
            return new Round(median(rounds, Round::raw),
                    new ThroughputResult(median(rounds, r -> r.throughput.deliveriesPerSecond),
                            median(rounds, r -> r.throughput.publishPerSecond), median(rounds, Round::share)),
                    rounds.get(0).fanned == null ? null : new ThroughputResult(
                            median(rounds, r -> r.fanned.deliveriesPerSecond),
                            median(rounds, r -> r.fanned.publishPerSecond), median(rounds, Round::fannedShare)));
        }

        private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> figure) {
            double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
            int mid = values.length / 2;
            return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }
    }

    /** {@code share} is filled in only for a median round (the median of the rounds' shares of the raw rate). */
    private record ThroughputResult(double deliveriesPerSecond, double publishPerSecond, double share) {
    }

    /** Publishes {@code events} as fast as possible; each makes {@code fanout} deliveries. */
    private ThroughputResult throughput(LoadReceiver receiver, String service, List<String> users, int events,
                                        int fanout, long firstSeq) throws Exception {
        long before = receiver.deliveries.get();
        awaitDeliveries(receiver, before, Duration.ofSeconds(1));
        long start = System.nanoTime();
        double publishSeconds = publishAll(service, users, events, firstSeq, Double.POSITIVE_INFINITY);
        long deliveries = (long) events * fanout;
        awaitDeliveries(receiver, before + deliveries, Duration.ofMinutes(10));
        double seconds = (receiver.lastDeliveryAtNanos.get() - start) / 1e9;
        return new ThroughputResult(deliveries / seconds, events / publishSeconds, Double.NaN);
    }

    /**
     * Publishes {@code count} events from {@code concurrency} threads, {@code publishBatch} per request, open-loop at
     * {@code rate} events/s when finite.
     */
    private double publishAll(String token, List<String> users, int count, long firstSeq, double rate) throws Exception {
        ExecutorService publishers = Executors.newFixedThreadPool(concurrency);
        AtomicLong next = new AtomicLong();
        long requests = (count + publishBatch - 1) / publishBatch;
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(publishers.submit(() -> {
                for (long r = next.getAndIncrement(); r < requests; r = next.getAndIncrement()) {
                    long first = r * publishBatch;
                    if (Double.isFinite(rate)) {
                        long due = start + (long) (first * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    List<String> events = new ArrayList<>(publishBatch);
                    for (long i = first; i < Math.min(count, first + publishBatch); i++) {
                        events.add(event(users.get((int) (i % users.size())), firstSeq + i));
                    }
                    publish(token, events);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        publishers.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Publishes like a platform service does: with an idempotency key, so that a request whose connection broke
     * (the server closed a kept-alive connection just as it was reused) can be sent again without a second event.
     */
    private void publish(String token, List<String> events) throws Exception {
        boolean single = events.size() == 1 && publishBatch == 1;
        String body = single ? events.get(0) : "{\"events\":[" + String.join(",", events) + "]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + (single ? "/api/events" : "/api/events/batch")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException brokenConnection) {
            publishRetries.incrementAndGet();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 202) {
            throw new IllegalStateException("publish answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String event(String user, long seq) {
        long micros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
        return "{\"type\":\"resume.parsed\",\"userId\":\"" + user + "\",\"data\":{\"seq\":" + seq
                + ",\"publishedAtMicros\":" + micros + ",\"resumeId\":\"r-" + seq + "\",\"score\":87}"
                + ",\"idempotencyKey\":\"load-" + RUN_ID + "-" + publishCount.incrementAndGet() + "\"}";
    }

    private double rawPostRate(LoadReceiver receiver, int requests) throws Exception {
        byte[] body = ("{\"id\":\"msg_x\",\"type\":\"resume.parsed\",\"timestamp\":\"2026-12-03T00:00:00Z\","
                + "\"data\":{\"seq\":1,\"resumeId\":\"r-1\",\"score\":87}}").getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("http://127.0.0.1:" + receiver.port() + "/raw");
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(clients.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        clients.shutdown();
        return requests / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code users} users, each with its primary endpoint and {@code endpointsPerUser - 1} more. */
    private List<String> configureEndpoints(Tokens tokens, LoadReceiver receiver, int users, int endpointsPerUser)
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String user = "load-user-" + (endpointsPerUser > 1 ? "x" + endpointsPerUser + "-" : "") + u + "-"
                    + System.currentTimeMillis();
            String token = tokens.mint(user, List.of());
            for (int e = 0; e < endpointsPerUser; e++) {
                String body = "{\"url\":\"http://127.0.0.1:" + receiver.port() + "/hook/" + user + "/" + e + "\"}";
                String path = e == 0 ? "/api/webhooks/config" : "/api/webhooks/endpoints";
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != (e == 0 ? 200 : 201)) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                            + response.body());
                }
            }
            ids.add(user);
        }
        return ids;
    }

    private static void awaitDeliveries(LoadReceiver receiver, long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (receiver.deliveries.get() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (receiver.deliveries.get() < target && timeout.toSeconds() > 1) {
            throw new IllegalStateException("only " + receiver.deliveries.get() + " of " + target + " deliveries arrived");
        }
    }

    /** Lets the JIT and the connection pools warm up; not measured. */
    private void warmUp(LoadReceiver receiver, String service, List<String> users) throws Exception {
        long before = receiver.deliveries.get();
        publishAll(service, users, 5_000, 0, Double.POSITIVE_INFINITY);
        awaitDeliveries(receiver, before + 5_000, Duration.ofMinutes(5));
    }

    private void report(Round median, int rounds, double latencyRate, Histogram latency, int fanout,
                        LoadReceiver receiver) {
        long duplicates = receiver.deliveries.get() - receiver.webhookIds.size();
        ThroughputResult t = median.throughput;
        System.out.println();
        System.out.printf("Medians of %d rounds; each round measures the receiver's raw rate right before its bursts.%n",
                rounds);
        System.out.println();
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        System.out.printf("| receiver raw POST rate (baseline, %d clients) | %.0f req/s |%n", concurrency, median.raw);
        System.out.printf("| webhook deliveries/s (publish burst, %d publishers, %s) | %.0f /s |%n", concurrency,
                publishBatch == 1 ? "one event per request" : publishBatch + " events per request", t.deliveriesPerSecond);
        System.out.printf("| deliveries/s as share of the raw rate | %.1f %% |%n", 100 * t.share);
        System.out.printf("| publish rate during the burst (events/s) | %.0f /s |%n", t.publishPerSecond);
        System.out.printf("| latency run: publish rate (half the delivery rate, or --latency-rate) | %.0f /s |%n", latencyRate);
        System.out.printf("| publish→2xx latency p50 | %.1f ms |%n", latency.getValueAtPercentile(50) / 1000.0);
        System.out.printf("| publish→2xx latency p99 | %.1f ms |%n", latency.getValueAtPercentile(99) / 1000.0);
        System.out.printf("| publish→2xx latency max | %.1f ms |%n", latency.getMaxValue() / 1000.0);
        if (median.fanned != null) {
            System.out.printf("| fan-out %d (%d endpoints per user, 1 publish → %d deliveries): deliveries/s | %.0f /s |%n",
                    fanout, fanout, fanout, median.fanned.deliveriesPerSecond);
            System.out.printf("| fan-out %d: deliveries/s as share of the raw rate | %.1f %% |%n", fanout,
                    100 * median.fanned.share);
            System.out.printf("| fan-out %d: publish rate during the burst | %.0f /s |%n", fanout,
                    median.fanned.publishPerSecond);
        }
        System.out.printf("| publishes sent again after a broken connection (same idempotency key) | %d |%n",
                publishRetries.get());
        System.out.printf("| deliveries received / distinct webhook-ids / duplicates | %d / %d / %d |%n",
                receiver.deliveries.get(), receiver.webhookIds.size(), duplicates);
    }
}
