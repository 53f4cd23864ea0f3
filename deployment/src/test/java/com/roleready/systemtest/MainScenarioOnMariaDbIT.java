package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's main scenario on one server running on MariaDB (a throwaway database of its own):
 * webhooks verified by an independent Standard Webhooks receiver, then a prompt experiment on all
 * four operations, from variants to a promoted winner.
 */
class MainScenarioOnMariaDbIT {

    private static final List<String> EVENT_TYPES = List.of("resume.parsed", "resume.parse_failed",
            "ats.check_completed", "ats.check_failed", "tailoring.completed", "tailoring.failed", "operation.cancelled");
    private static final String ADMIN = Tokens.withGroups("scenario-admin", "admin");
    private static final String SERVICE = Tokens.withGroups("scenario-service", "service");
    /** Results per arm: the anytime-valid rule needs far fewer for a 0.20 difference (z is about 7 here). */
    private static final int PER_ARM = 600;
    /** Success probability of control and challenger per operation: two real differences, two A/A pairs. */
    private static final Map<String, double[]> SUCCESS = new LinkedHashMap<>();

    static {
        SUCCESS.put("tailoring", new double[] {0.55, 0.75});
        SUCCESS.put("ats_analysis", new double[] {0.60, 0.60});
        SUCCESS.put("content_generation", new double[] {0.55, 0.75});
        SUCCESS.put("skill_extraction", new double[] {0.70, 0.70});
    }

    private static ThrowawayMariaDb db;
    private static LibertyInstance server;

    @BeforeAll
    static void startServerOnMariaDb() throws Exception {
        db = ThrowawayMariaDb.create();
        server = LibertyInstance.start("scenario", LibertyInstance.port(0), db,
                Map.of("SIGNALS_SECRET_ENCRYPTION_KEY", LibertyInstance.newEncryptionKey()));
    }

    @AfterAll
    static void stopServerAndDropDatabase() throws Exception {
        Cleanup.closeInOrder(server, db);
    }

    @Test
    void anIndependentReceiverVerifiesEveryEventTypeAndATestSendFromTheServerOnMariaDb() throws Exception {
        assertThat(json(server.get("/health/ready", null)).getJsonArray("checks").getJsonObject(0)
                .getJsonObject("data").getString("product")).isEqualTo("MariaDB");
        try (IndependentReceiver receiver = IndependentReceiver.start()) {
            String user = "scenario-" + UUID.randomUUID();
            String token = Tokens.user(user, user + "@example.com");
            String path = "/scenario/" + UUID.randomUUID();
            HttpResponse<String> config = server.postJson("/api/webhooks/config", token,
                    "{\"url\":\"" + receiver.url(path) + "\"}");
            assertThat(config.statusCode()).as(config.body()).isEqualTo(200);
            receiver.trust(path, json(config).getString("secret"));

            for (String type : EVENT_TYPES) {
                HttpResponse<String> published = server.postJson("/api/events", SERVICE, "{\"type\":\"" + type
                        + "\",\"userId\":\"" + user + "\",\"data\":{\"operationId\":\"op-" + type + "\"}}");
                assertThat(published.statusCode()).as(published.body()).isEqualTo(202);
            }
            JsonObject test = json(server.postJson("/api/webhooks/test", token, ""));
            assertThat(test.getBoolean("success")).as(test.toString()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.results().size() >= 8);

            List<JsonObject> results = receiver.results().getValuesAs(JsonObject.class);
            assertThat(results).hasSize(8)
                    .allSatisfy(r -> assertThat(r.getBoolean("verified")).as(r.toString()).isTrue());
            assertThat(results.stream().map(r -> r.getString("type")).toList())
                    .containsExactlyInAnyOrderElementsOf(concat(EVENT_TYPES, "webhook.test"));
            assertThat(results.stream().map(r -> r.getString("webhookId")).distinct()).hasSize(8);
            await().atMost(Duration.ofSeconds(10)).until(() -> db.deliveriesByState().getOrDefault("DELIVERED", 0L)
                    >= EVENT_TYPES.size());
            JsonObject logs = json(server.get("/api/webhooks/logs?status=delivered", token));
            assertThat(logs.getInt("total")).as(logs.toString()).isGreaterThanOrEqualTo(EVENT_TYPES.size());
        }
    }

    @Test
    void aSeededExperimentOnAllFourOperationsDeclaresAndPromotesOnlyTheRealWinners() throws Exception {
        Map<String, String[]> arms = new LinkedHashMap<>(); // operation -> {controlId, challengerId}
        for (String operation : SUCCESS.keySet()) {
            String control = created(operation, "A").getString("id");
            JsonObject challenger = created(operation, "B");
            assertThat(challenger.getBoolean("isControl")).isFalse();
            arms.put(operation, new String[] {control, challenger.getString("id")});
        }
        assertThat(arms.values()).allSatisfy(ids -> assertThat(isControl(ids[0])).isTrue());

        Map<String, int[]> successes = simulate(arms);

        System.out.printf("%-20s %14s %14s %9s  %s%n", "operation", "control", "challenger", "declared", "reason");
        for (var entry : arms.entrySet()) {
            String operation = entry.getKey();
            String controlId = entry.getValue()[0];
            String challengerId = entry.getValue()[1];
            boolean reallyBetter = SUCCESS.get(operation)[1] > SUCCESS.get(operation)[0];

            JsonObject results = json(server.get("/api/ab-testing/results/" + operation, ADMIN));
            assertThat(variant(results, controlId).getInt("n")).isEqualTo(PER_ARM);
            assertThat(variant(results, challengerId).getInt("n")).isEqualTo(PER_ARM);
            assertThat(variant(results, controlId).getJsonNumber("successRate").doubleValue())
                    .isCloseTo(successes.get(operation)[0] / (double) PER_ARM, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(variant(results, challengerId).getJsonNumber("successRate").doubleValue())
                    .isCloseTo(successes.get(operation)[1] / (double) PER_ARM, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(results.getJsonObject("sampleRatio").getBoolean("mismatch")).isFalse();

            JsonObject decision = json(server.get("/api/ab-testing/winner/" + operation + "?minTests=30", ADMIN));
            System.out.printf("%-20s %5d/%d=%.3f %5d/%d=%.3f %9s  %s%n", operation, successes.get(operation)[0],
                    PER_ARM, successes.get(operation)[0] / (double) PER_ARM, successes.get(operation)[1], PER_ARM,
                    successes.get(operation)[1] / (double) PER_ARM, decision.getBoolean("declared"),
                    decision.getString("reason", ""));
            assertThat(decision.getBoolean("declared")).as(operation + ": " + decision).isEqualTo(reallyBetter);
            if (reallyBetter) {
                assertThat(decision.getJsonObject("winner").getString("variantId")).isEqualTo(challengerId);
                HttpResponse<String> promoted = server.postJson("/api/ab-testing/promote/" + challengerId, ADMIN, "");
                assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
            } else {
                assertThat(decision.get("winner")).isEqualTo(JsonValue.NULL);
            }
        }

        for (var entry : arms.entrySet()) {
            boolean reallyBetter = SUCCESS.get(entry.getKey())[1] > SUCCESS.get(entry.getKey())[0];
            String expectedControl = entry.getValue()[reallyBetter ? 1 : 0];
            String expectedOther = entry.getValue()[reallyBetter ? 0 : 1];
            assertThat(isControl(expectedControl)).as(entry.getKey() + " control").isTrue();
            assertThat(isControl(expectedOther)).as(entry.getKey() + " demoted or unchanged").isFalse();
            JsonObject after = json(server.get("/api/ab-testing/winner/" + entry.getKey(), ADMIN));
            assertThat(after.getBoolean("declared")).as("nothing beats the control any more: " + after).isFalse();
        }
    }

    /**
     * The seeded stream: every call asks /assignments (round_robin, exactly PER_ARM per arm) and
     * reports the outcome to /results. The k-th outcome of an arm is the k-th draw of that arm's own
     * seeded generator, so the totals are the same on every run however the 8 client threads interleave.
     * Returns the successes recorded per operation and arm.
     */
    private static Map<String, int[]> simulate(Map<String, String[]> arms) throws Exception {
        Map<String, boolean[]> outcomes = new ConcurrentHashMap<>();
        Map<String, int[]> qualities = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> drawn = new ConcurrentHashMap<>();
        Map<String, int[]> successes = new LinkedHashMap<>();
        for (var entry : arms.entrySet()) {
            int[] counted = new int[2];
            for (int arm = 0; arm < 2; arm++) {
                Random random = new Random(20261204L * 31 + entry.getKey().hashCode() * 7L + arm);
                boolean[] draws = new boolean[PER_ARM];
                int[] quality = new int[PER_ARM];
                for (int k = 0; k < PER_ARM; k++) {
                    draws[k] = random.nextDouble() < SUCCESS.get(entry.getKey())[arm];
                    quality[k] = 60 + random.nextInt(21);
                    counted[arm] += draws[k] ? 1 : 0;
                }
                outcomes.put(entry.getValue()[arm], draws);
                qualities.put(entry.getValue()[arm], quality);
                drawn.put(entry.getValue()[arm], new AtomicInteger());
            }
            successes.put(entry.getKey(), counted);
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < PER_ARM * 2; i++) {
                for (String operation : arms.keySet()) {
                    String user = "sim-" + operation + "-" + i;
                    calls.add(clients.submit(() -> {
                        HttpResponse<String> assigned = server.postJson("/api/ab-testing/assignments", SERVICE,
                                Json.createObjectBuilder().add("operation", operation).add("userId", user)
                                        .add("strategy", "round_robin").build().toString());
                        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
                        String variantId = json(assigned).getString("variantId");
                        int k = drawn.get(variantId).getAndIncrement();
                        assertThat(k).as("round_robin gives each arm exactly " + PER_ARM).isLessThan(PER_ARM);
                        HttpResponse<String> recorded = server.postJson("/api/ab-testing/results", SERVICE,
                                AbTestingApi.result(operation, variantId, outcomes.get(variantId)[k],
                                        qualities.get(variantId)[k]).add("userId", user)
                                        .add("input", Json.createObjectBuilder().add("case", k)).build().toString());
                        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
                        return null;
                    }));
                }
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return successes;
    }

    private static JsonObject created(String operation, String label) throws IOException {
        HttpResponse<String> response = server.postJson("/api/ab-testing/variants", ADMIN,
                AbTestingApi.variantJson(operation, label));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static boolean isControl(String variantId) throws IOException {
        return json(server.get("/api/ab-testing/variants/" + variantId, ADMIN)).getBoolean("isControl");
    }

    private static JsonObject variant(JsonObject results, String id) {
        return results.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("variantId").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
