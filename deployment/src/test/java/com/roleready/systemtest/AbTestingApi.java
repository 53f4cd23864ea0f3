package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Calls of the A/B testing API for the system tests. The four operations are shared by every test
 * on the server, so each test class owns one operation and makes its own variants the only active
 * ones there ({@link #takeOver}); labels are unique per run, so leftovers of earlier runs never clash.
 * content_generation belongs to AbTestingFlowIT, skill_extraction to AbTestingBadInputIT (which also
 * adds variants to ats_analysis), and tailoring is never configured, so that "no active variant" can
 * be tested.
 */
final class AbTestingApi {

    static final String ADMIN = Tokens.withGroups("ab-admin", "admin");
    static final String SERVICE = Tokens.withGroups("ai-service", "service");
    static final String BASE = "/api/ab-testing";

    private AbTestingApi() {
    }

    static String uniqueLabel(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static String variantJson(String operation, String label) {
        return Json.createObjectBuilder().add("name", "Prompt " + label).add("operation", operation)
                .add("variant", label).add("prompt", "You are a careful assistant (" + label + ").").build().toString();
    }

    static JsonObject create(String operation, String label) {
        HttpResponse<String> response = SystemTestClient.postJson(BASE + "/variants", ADMIN,
                variantJson(operation, label));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ProblemAssertions.json(response);
    }

    /**
     * Makes {@code controlId} the operation's control and deletes (or, with results, archives)
     * every other variant of the operation except those listed in {@code keep}.
     */
    static void takeOver(String operation, String controlId, String... keep) {
        HttpResponse<String> promoted = SystemTestClient.postJson(BASE + "/promote/" + controlId, ADMIN, "");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        for (JsonValue value : variants(operation, false)) {
            String id = value.asJsonObject().getString("id");
            if (!id.equals(controlId) && !java.util.List.of(keep).contains(id)) {
                int status = SystemTestClient.delete(BASE + "/variants/" + id, ADMIN).statusCode();
                assertThat(status).as("removing leftover variant " + id).isIn(200, 204);
            }
        }
    }

    static JsonArray variants(String operation, boolean includeArchived) {
        HttpResponse<String> response = SystemTestClient.get(BASE + "/variants?operation=" + operation
                + "&includeArchived=" + includeArchived, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return array(response.body());
    }

    static HttpResponse<String> assign(String token, String operation, String userId, String strategy) {
        return SystemTestClient.postJson(BASE + "/assignments", token, Json.createObjectBuilder()
                .add("operation", operation).add("userId", userId).add("strategy", strategy).build().toString());
    }

    /** A valid result body for the variant; tests change single fields of it. */
    static jakarta.json.JsonObjectBuilder result(String operation, String variantId, boolean success, int quality) {
        return Json.createObjectBuilder().add("userId", "user-" + UUID.randomUUID()).add("variantId", variantId)
                .add("operation", operation).add("success", success).add("durationMs", 1200 + quality)
                .add("tokensUsed", 800).add("costUsd", 0.0125).add("qualityScore", quality)
                .add("outputMetrics", Json.createObjectBuilder().add("bullets", 5));
    }

    static HttpResponse<String> record(String token, String body) {
        return SystemTestClient.postJson(BASE + "/results", token, body);
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** JSON has no NaN or Infinity; a server that wrote them would not even produce parseable JSON. */
    static void assertFiniteJson(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("NaN").doesNotContain("Infinity");
        ProblemAssertions.json(response);
    }
}
