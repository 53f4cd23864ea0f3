package com.roleready.benchmarks;

import com.roleready.experimentation.domain.DurationHistogram;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Do results and winner cost the same for 1 k and 1 M recorded tests? Against a running server on MariaDB:
 *
 * <ol>
 *   <li>creates a control and a challenger for one operation over REST and records the first 1,000 results over
 *       REST (the real recording path);</li>
 *   <li>times {@code GET /results/{op}} and {@code GET /winner/{op}} (median of many calls after a warm-up);</li>
 *   <li>grows the table to 100 k and 1 M results by batched JDBC inserts, folding every inserted row into the
 *       variant's aggregate with the domain's own {@link VariantAggregate#record} under the same row lock the service
 *       takes, so the aggregates stay exactly what recording those results over REST would have produced; and times
 *       again.</li>
 * </ol>
 * The 1 k figure is the baseline of the same run; the report gives each size as a ratio of it.
 */
public final class ExperimentResultsRun {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Operation OPERATION = Operation.SKILL_EXTRACTION;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String jdbcUrl;
    private final int samples;
    private final SplittableRandom random = new SplittableRandom(2026);
    private String admin;
    private String service;

    private ExperimentResultsRun(Map<String, String> options) {
        this.baseUrl = options.getOrDefault("base-url", "http://localhost:9282");
        this.jdbcUrl = options.getOrDefault("jdbc-url",
                "jdbc:mariadb://127.0.0.1:3306/signals_bench_exp?user=root&rewriteBatchedStatements=true");
        this.samples = Integer.parseInt(options.getOrDefault("samples", "200"));
    }

    public static void main(String[] args) throws Exception {
        new ExperimentResultsRun(Options.parse(args)).run(Options.parse(args));
    }

    private void run(Map<String, String> options) throws Exception {
        Tokens tokens = new Tokens(Path.of(options.getOrDefault("private-key",
                "scripts/dev-keys/dev-jwt-private-key.pem")));
        admin = tokens.mint("bench-admin", List.of("admin"));
        service = tokens.mint("bench-service", List.of("service"));
        UUID control = createVariant("A", true);
        UUID challenger = createVariant("B", false);
        for (int i = 0; i < 500; i++) {
            recordOverRest(control, 0.50, i);
            recordOverRest(challenger, 0.53, i);
        }
        List<String> rows = new ArrayList<>();
        double[] baseline = time();
        rows.add(row(1_000, baseline, baseline));
        for (long target : new long[] {100_000, 1_000_000}) {
            long perVariant = target / 2;
            grow(control, perVariant, 0.50);
            grow(challenger, perVariant, 0.53);
            rows.add(row(target, time(), baseline));
        }
        System.out.println();
        System.out.println("| recorded tests | results p50 (ms) | winner p50 (ms) | results+winner p50 (ms) | ratio to 1 k |");
        System.out.println("|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    private static String row(long n, double[] t, double[] baseline) {
        return String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.2f | %.2f |", n, t[0], t[1], t[0] + t[1],
                (t[0] + t[1]) / (baseline[0] + baseline[1]));
    }

    /** Medians in ms of results and winner over {@code samples} calls each, after as many warm-up calls. */
    private double[] time() throws Exception {
        String op = OPERATION.wireName();
        for (int i = 0; i < samples; i++) {
            get("/api/ab-testing/results/" + op);
            get("/api/ab-testing/winner/" + op);
        }
        double[] results = new double[samples];
        double[] winner = new double[samples];
        for (int i = 0; i < samples; i++) {
            results[i] = get("/api/ab-testing/results/" + op);
            winner[i] = get("/api/ab-testing/winner/" + op);
        }
        return new double[] {median(results), median(winner)};
    }

    private double get(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private UUID createVariant(String label, boolean control) throws Exception {
        String body = String.format("{\"operation\":\"%s\",\"variant\":\"%s\",\"name\":\"bench %s\","
                + "\"prompt\":\"Extract the skills from the resume. (%s)\",\"isActive\":true,\"isControl\":%s}",
                OPERATION.wireName(), label, label, label, control);
        HttpResponse<String> response = post("/api/ab-testing/variants", admin, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating variant " + label + ": " + response.statusCode() + " "
                    + response.body());
        }
        Matcher id = ID.matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + response.body());
        }
        return UUID.fromString(id.group(1));
    }

    private void recordOverRest(UUID variant, double successRate, int i) throws Exception {
        Outcome o = outcome(successRate);
        String body = String.format(Locale.ROOT, "{\"userId\":\"user-%d\",\"variantId\":\"%s\",\"operation\":\"%s\","
                        + "\"input\":{\"resume\":%d},\"success\":%s,\"qualityScore\":%.1f,\"durationMs\":%d,"
                        + "\"tokensUsed\":%d,\"costUsd\":%.6f}", i, variant, OPERATION.wireName(), i, o.success,
                o.quality, o.durationMs, o.tokens, o.cost);
        HttpResponse<String> response = post("/api/ab-testing/results", service, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("recording: " + response.statusCode() + " " + response.body());
        }
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Outcome(boolean success, double quality, long durationMs, long tokens, double cost) {
    }

    private Outcome outcome(double successRate) {
        boolean success = random.nextDouble() < successRate;
        double quality = Math.min(100, Math.max(0, 70 + 12 * gaussian()));
        long duration = Math.round(Math.exp(7.3 + 0.4 * gaussian()));
        long tokens = 800 + random.nextInt(1200);
        return new Outcome(success, Math.round(quality * 10) / 10.0, duration, tokens, tokens * 0.000002);
    }

    private double gaussian() {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Inserts rows until the variant has {@code target} results, updating its aggregate in the same transaction. */
    private void grow(UUID variant, long target, double successRate) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            db.setAutoCommit(false);
            VariantAggregate aggregate = lockAggregate(db, variant);
            long missing = target - aggregate.count();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO experiment_test_result (id, variant_id,"
                    + " operation, user_id, success, quality_score, duration_ms, tokens_used, cost_usd, input_hash,"
                    + " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                Instant now = Instant.now();
                for (long i = 0; i < missing; i++) {
                    Outcome o = outcome(successRate);
                    TestResult result = new TestResult(UUID.randomUUID(), variant, OPERATION, "user-" + (i % 50_000),
                            o.success, o.quality, o.durationMs, o.tokens, o.cost, null, null, now);
                    aggregate.record(result);
                    bind(insert, result);
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            saveAggregate(db, aggregate);
            db.commit();
        }
    }

    private static void bind(PreparedStatement insert, TestResult r) throws Exception {
        insert.setString(1, r.id().toString());
        insert.setString(2, r.variantId().toString());
        insert.setString(3, r.operation().wireName());
        insert.setString(4, r.userId());
        insert.setBoolean(5, r.success());
        insert.setDouble(6, r.qualityScore());
        insert.setLong(7, r.durationMs());
        insert.setLong(8, r.tokensUsed());
        insert.setDouble(9, r.costUsd());
        insert.setString(10, null);
        insert.setTimestamp(11, Timestamp.from(r.recordedAt()));
    }

    private static final String TOTALS = "result_count, successes, reward_sum, quality_count, quality_sum,"
            + " quality_sum_squares, duration_sum, duration_sum_squares, tokens_sum, tokens_sum_squares, cost_sum,"
            + " cost_sum_squares, duration_histogram";

    private static VariantAggregate lockAggregate(Connection db, UUID variant) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT " + TOTALS
                + " FROM variant_aggregate WHERE variant_id = ? FOR UPDATE")) {
            select.setString(1, variant.toString());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no aggregate for " + variant);
                }
                VariantAggregate.Totals t = new VariantAggregate.Totals();
                t.count = rs.getLong(1);
                t.successes = rs.getLong(2);
                t.rewardSum = rs.getDouble(3);
                t.qualityCount = rs.getLong(4);
                t.qualitySum = rs.getDouble(5);
                t.qualitySumSquares = rs.getDouble(6);
                t.durationSum = rs.getDouble(7);
                t.durationSumSquares = rs.getDouble(8);
                t.tokensSum = rs.getDouble(9);
                t.tokensSumSquares = rs.getDouble(10);
                t.costSum = rs.getDouble(11);
                t.costSumSquares = rs.getDouble(12);
                return VariantAggregate.rehydrate(variant, t, DurationHistogram.decode(rs.getString(13)));
            }
        }
    }

    private static void saveAggregate(Connection db, VariantAggregate aggregate) throws Exception {
        VariantAggregate.Totals t = aggregate.totals();
        try (PreparedStatement update = db.prepareStatement("UPDATE variant_aggregate SET result_count = ?,"
                + " successes = ?, reward_sum = ?, quality_count = ?, quality_sum = ?, quality_sum_squares = ?,"
                + " duration_sum = ?, duration_sum_squares = ?, tokens_sum = ?, tokens_sum_squares = ?, cost_sum = ?,"
                + " cost_sum_squares = ?, duration_histogram = ? WHERE variant_id = ?")) {
            update.setLong(1, t.count);
            update.setLong(2, t.successes);
            update.setDouble(3, t.rewardSum);
            update.setLong(4, t.qualityCount);
            update.setDouble(5, t.qualitySum);
            update.setDouble(6, t.qualitySumSquares);
            update.setDouble(7, t.durationSum);
            update.setDouble(8, t.durationSumSquares);
            update.setDouble(9, t.tokensSum);
            update.setDouble(10, t.tokensSumSquares);
            update.setDouble(11, t.costSum);
            update.setDouble(12, t.costSumSquares);
            update.setString(13, aggregate.encodedDurations());
            update.setString(14, aggregate.variantId().toString());
            update.executeUpdate();
        }
    }
}
