package com.roleready.systemtest;

import static com.roleready.systemtest.AbTestingApi.ADMIN;
import static com.roleready.systemtest.AbTestingApi.BASE;
import static com.roleready.systemtest.AbTestingApi.SERVICE;
import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole life of an experiment on {@code content_generation}, which only this class uses: each
 * test starts from a fresh control and challenger that are the operation's only active variants.
 */
class AbTestingFlowIT {

    private static final String OPERATION = "content_generation";

    /** Every answer of a test, to prove that the raw input never comes back. */
    private final List<HttpResponse<String>> answers = new ArrayList<>();
    private final String secret = "resume-of-" + UUID.randomUUID();
    private String controlId;
    private String challengerId;
    private String challengerLabel;

    @BeforeEach
    void freshExperiment() {
        controlId = AbTestingApi.create(OPERATION, AbTestingApi.uniqueLabel("ctl")).getString("id");
        JsonObject challenger = AbTestingApi.create(OPERATION, AbTestingApi.uniqueLabel("chl"));
        challengerId = challenger.getString("id");
        challengerLabel = challenger.getString("variant");
        AbTestingApi.takeOver(OPERATION, controlId, challengerId);
    }

    private HttpResponse<String> seen(HttpResponse<String> response) {
        answers.add(response);
        return response;
    }

    private JsonObject recordOne(String variantId, boolean success, int quality) {
        String body = AbTestingApi.result(OPERATION, variantId, success, quality)
                .add("input", Json.createObjectBuilder().add("resume", secret).add("job", "engineer")).build()
                .toString();
        HttpResponse<String> response = seen(AbTestingApi.record(SERVICE, body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    @Test
    void aCreatedVariantIsAnsweredWithItsLocationAndAllItsFields() {
        String label = AbTestingApi.uniqueLabel("new");
        HttpResponse<String> created = SystemTestClient.send("POST", BASE + "/variants", ADMIN, "application/json",
                Json.createObjectBuilder().add("name", "Weighted").add("operation", OPERATION).add("variant", label)
                        .add("prompt", "p").add("weight", 2.5).add("isActive", false).build().toString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject variant = json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(BASE + "/variants/" + variant.getString("id"));
        assertThat(json(SystemTestClient.get(BASE + "/variants/" + variant.getString("id"), ADMIN)))
                .isEqualTo(variant);
        assertThat(variant.keySet()).contains("id", "name", "operation", "variant", "prompt", "isActive", "isControl",
                "weight", "archived", "createdAt", "createdBy", "updatedAt", "updatedBy");
        assertThat(variant.getBoolean("isActive")).isFalse();
        assertThat(variant.getBoolean("isControl")).isFalse();
        assertThat(variant.getJsonNumber("weight").doubleValue()).isEqualTo(2.5);
        assertThat(variant.getString("createdBy")).isEqualTo("ab-admin");
    }

    @Test
    void anUpdateChangesOnlyTheFieldsSent() {
        HttpResponse<String> updated = SystemTestClient.send("PUT", BASE + "/variants/" + challengerId, ADMIN,
                "application/json", "{\"prompt\":\"A sharper prompt\"}");

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonObject variant = json(updated);
        assertThat(variant.getString("prompt")).isEqualTo("A sharper prompt");
        assertThat(variant.getString("variant")).isEqualTo(challengerLabel);
        assertThat(variant.getString("name")).isEqualTo("Prompt " + challengerLabel);
        assertThat(variant.getBoolean("isActive")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"random", "weighted", "round_robin", "user_hash"})
    void everyStrategyAssignsOneOfTheActiveVariants(String strategy) {
        HttpResponse<String> response = AbTestingApi.assign(SERVICE, OPERATION, "user-" + UUID.randomUUID(),
                strategy);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject assignment = json(response);
        assertThat(assignment.keySet()).containsExactlyInAnyOrder("variantId", "variant", "name", "prompt");
        assertThat(assignment.getString("variantId")).isIn(controlId, challengerId);
        assertThat(assignment.getString("prompt")).startsWith("You are a careful assistant");
    }

    @Test
    void userHashGivesTheSameUserTheSameVariantEveryTime() {
        Set<String> seenForAlice = new HashSet<>();
        Set<String> seenForEveryone = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            seenForAlice.add(json(AbTestingApi.assign(SERVICE, OPERATION, "alice", "user_hash")).getString("variantId"));
        }
        for (int i = 0; i < 40; i++) {
            seenForEveryone.add(json(AbTestingApi.assign(SERVICE, OPERATION, "user-" + i, "user_hash"))
                    .getString("variantId"));
        }

        assertThat(seenForAlice).hasSize(1);
        assertThat(seenForEveryone).containsExactlyInAnyOrder(controlId, challengerId);
    }

    @Test
    void roundRobinAlternatesBetweenTheTwoVariants() {
        String first = json(AbTestingApi.assign(SERVICE, OPERATION, "u1", "round_robin")).getString("variantId");
        String second = json(AbTestingApi.assign(SERVICE, OPERATION, "u2", "round_robin")).getString("variantId");
        String third = json(AbTestingApi.assign(SERVICE, OPERATION, "u3", "round_robin")).getString("variantId");

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void anAdminMayAlsoAssign() {
        assertThat(AbTestingApi.assign(ADMIN, OPERATION, "alice", "random").statusCode()).isEqualTo(200);
    }

    @Test
    void recordedResultsShowInResultsWinnerAndStatsWithFiniteNumbers() {
        for (int i = 0; i < 6; i++) {
            recordOne(controlId, i % 2 == 0, 60);
            recordOne(challengerId, true, 80);
        }

        HttpResponse<String> results = seen(SystemTestClient.get(BASE + "/results/" + OPERATION, ADMIN));
        AbTestingApi.assertFiniteJson(results);
        JsonObject figures = json(results);
        assertThat(figures.getString("operation")).isEqualTo(OPERATION);
        JsonObject control = variant(figures, controlId);
        assertThat(control.getInt("n")).isEqualTo(6);
        assertThat(control.getBoolean("isControl")).isTrue();
        assertThat(control.getJsonNumber("successRate").doubleValue()).isEqualTo(0.5);
        assertThat(variant(figures, challengerId).getJsonNumber("meanQuality").doubleValue()).isEqualTo(80.0);
        JsonObject comparison = figures.getJsonArray("comparisons").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("variantId").equals(challengerId)).findFirst().orElseThrow();
        assertThat(comparison.getJsonObject("successRate").getJsonNumber("difference").doubleValue())
                .isEqualTo(0.5);
        assertThat(figures.getJsonObject("sampleRatio").keySet()).contains("pValue", "mismatch");

        HttpResponse<String> winner = seen(SystemTestClient.get(BASE + "/winner/" + OPERATION, ADMIN));
        AbTestingApi.assertFiniteJson(winner);
        JsonObject decision = json(winner);
        assertThat(decision.getBoolean("declared")).isFalse();
        assertThat(decision.get("winner")).isEqualTo(JsonValue.NULL);
        assertThat(decision.getJsonObject("leader").getString("variantId")).isEqualTo(challengerId);
        assertThat(decision.getString("reason")).isNotBlank();
        assertThat(decision.getInt("minTests")).isEqualTo(30);
        assertThat(decision.getJsonNumber("alpha").doubleValue()).isEqualTo(0.05);

        HttpResponse<String> lowBar = seen(SystemTestClient.get(BASE + "/winner/" + OPERATION + "?minTests=5", ADMIN));
        AbTestingApi.assertFiniteJson(lowBar);
        assertThat(json(lowBar).getInt("minTests")).isEqualTo(5);
        assertThat(json(lowBar).getJsonArray("comparisons")).hasSize(1);

        HttpResponse<String> stats = seen(SystemTestClient.get(BASE + "/stats", ADMIN));
        AbTestingApi.assertFiniteJson(stats);
        JsonObject line = json(stats).getJsonArray("operations").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("operation").equals(OPERATION)).findFirst().orElseThrow();
        assertThat(line.getJsonNumber("results").longValue()).isGreaterThanOrEqualTo(12);
        assertThat(line.getString("control")).isEqualTo(control.getString("variant"));
        assertThat(json(stats).getJsonArray("operations")).hasSize(4);
    }

    @Test
    void theInputIsFingerprintedAndNeverAnsweredBack() {
        JsonObject first = recordOne(challengerId, true, 90);
        String reordered = AbTestingApi.result(OPERATION, challengerId, true, 90)
                .add("input", Json.createObjectBuilder().add("job", "engineer").add("resume", secret)).build()
                .toString();
        JsonObject second = json(seen(AbTestingApi.record(SERVICE, reordered)));
        seen(SystemTestClient.get(BASE + "/results/" + OPERATION, ADMIN));
        seen(SystemTestClient.get(BASE + "/variants?operation=" + OPERATION + "&includeArchived=true", ADMIN));

        assertThat(first.keySet()).containsExactlyInAnyOrder("id", "recordedAt", "inputHash");
        assertThat(first.getString("inputHash")).matches("[0-9a-f]{64}").isEqualTo(second.getString("inputHash"));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).doesNotContain(secret));
    }

    @Test
    void promotingSwapsTheControlAndTheNewControlCannotBeDeleted() {
        HttpResponse<String> promoted = SystemTestClient.postJson(BASE + "/promote/" + challengerId, ADMIN, "");

        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(json(promoted).getBoolean("isControl")).isTrue();
        assertThat(json(SystemTestClient.get(BASE + "/variants/" + controlId, ADMIN)).getBoolean("isControl"))
                .isFalse();
        assertThat(AbTestingApi.variants(OPERATION, false).getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("isControl")).map(v -> v.getString("id")).toList())
                .containsExactly(challengerId);
        assertProblem(SystemTestClient.delete(BASE + "/variants/" + challengerId, ADMIN), 409);
    }

    @Test
    void deletingAVariantWithResultsArchivesItAndKeepsItsResults() {
        recordOne(challengerId, true, 70);

        HttpResponse<String> removed = SystemTestClient.delete(BASE + "/variants/" + challengerId, ADMIN);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(json(removed).getBoolean("archived")).isTrue();
        assertThat(json(removed).getBoolean("isActive")).isFalse();
        assertThat(ids(AbTestingApi.variants(OPERATION, false))).doesNotContain(challengerId);
        assertThat(ids(AbTestingApi.variants(OPERATION, true))).contains(challengerId);
        JsonObject archived = variant(json(SystemTestClient.get(BASE + "/results/" + OPERATION, ADMIN)), challengerId);
        assertThat(archived.getBoolean("archived")).isTrue();
        assertThat(archived.getInt("n")).isEqualTo(1);
        JsonObject refused = assertProblem(AbTestingApi.record(SERVICE,
                AbTestingApi.result(OPERATION, challengerId, true, 70).build().toString()), 400);
        assertThat(refused.getString("field")).isEqualTo("variantId");
    }

    @Test
    void deletingAVariantWithoutResultsRemovesIt() {
        assertThat(SystemTestClient.delete(BASE + "/variants/" + challengerId, ADMIN).statusCode()).isEqualTo(204);

        assertProblem(SystemTestClient.get(BASE + "/variants/" + challengerId, ADMIN), 404);
        assertThat(ids(AbTestingApi.variants(OPERATION, true))).doesNotContain(challengerId);
    }

    @Test
    void theControlCannotBeDeleted() {
        assertProblem(SystemTestClient.delete(BASE + "/variants/" + controlId, ADMIN), 409);
    }

    @Test
    void assignmentsAndResultsAreCountedInTheMetrics() {
        AbTestingApi.assign(SERVICE, OPERATION, "metrics-user", "random");
        recordOne(controlId, true, 50);

        String metrics = SystemTestClient.get("/metrics", null).body();

        assertThat(metrics).contains("experiment_assignments_total").contains("experiment_results_total")
                .contains("operation=\"" + OPERATION + "\"").contains("strategy=\"random\"");
    }

    private static JsonObject variant(JsonObject results, String id) {
        return results.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("variantId").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(jakarta.json.JsonArray variants) {
        return variants.getValuesAs(JsonObject.class).stream().map(v -> v.getString("id")).toList();
    }
}
