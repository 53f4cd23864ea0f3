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
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input is a 4xx problem naming the field, and writes nothing. Works on {@code skill_extraction},
 * which only this class uses, plus one variant of {@code ats_analysis} as "another operation".
 */
class AbTestingBadInputIT {

    private static final String OPERATION = "skill_extraction";
    private static String variantId;
    private static String otherOperationsVariantId;

    @BeforeAll
    static void oneActiveVariant() {
        variantId = AbTestingApi.create(OPERATION, AbTestingApi.uniqueLabel("bad")).getString("id");
        AbTestingApi.takeOver(OPERATION, variantId);
        otherOperationsVariantId = AbTestingApi.create("ats_analysis", AbTestingApi.uniqueLabel("oth")).getString("id");
    }

    private static long resultsOfTheVariant() {
        JsonObject results = json(SystemTestClient.get(BASE + "/results/" + OPERATION, ADMIN));
        return results.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("variantId").equals(variantId)).findFirst().orElseThrow()
                .getJsonNumber("n").longValue();
    }

    private static String resultWith(String field, JsonValue value) {
        return Json.createObjectBuilder(AbTestingApi.result(OPERATION, variantId, true, 50).build())
                .add(field, value).build().toString();
    }

    private static String resultWithout(String field) {
        return Json.createObjectBuilder(AbTestingApi.result(OPERATION, variantId, true, 50).build())
                .remove(field).build().toString();
    }

    private static JsonValue value(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readValue();
        }
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "qualityScore | 100.5             | qualityScore",
            "qualityScore | -1                | qualityScore",
            "qualityScore | \"high\"          | qualityScore",
            "durationMs   | -5                | durationMs",
            "durationMs   | 12.5              | durationMs",
            "durationMs   | \"12\"            | durationMs",
            "tokensUsed   | -1                | tokensUsed",
            "costUsd      | -0.01             | costUsd",
            "costUsd      | 1e400             | costUsd",
            "success      | \"yes\"           | success",
            "operation    | \"summarising\"   | operation",
            "operation    | \"ats_analysis\"  | variantId",
            "variantId    | \"not-a-uuid\"    | variantId",
            "variantId    | 42                | variantId",
            "variant      | \"not-its-label\" | variant",
            "userId       | \"\"              | userId",
            "outputMetrics| [1,2]             | outputMetrics",
            "outputMetrics| \"fast\"          | outputMetrics",
            "input        | 1e400             | input",
    })
    void aBadResultFieldIsA400NamingItAndNothingIsRecorded(String field, String json, String problemField) {
        long before = resultsOfTheVariant();

        JsonObject problem = assertProblem(AbTestingApi.record(SERVICE, resultWith(field, value(json))), 400);

        assertThat(problem.getString("field")).isEqualTo(problemField);
        assertThat(resultsOfTheVariant()).isEqualTo(before);
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"userId", "variantId", "operation", "success", "durationMs", "tokensUsed", "costUsd"})
    void aMissingResultFieldIsA400NamingIt(String field) {
        JsonObject problem = assertProblem(AbTestingApi.record(SERVICE, resultWithout(field)), 400);

        assertThat(problem.getString("field")).isEqualTo(field);
    }

    @Test
    void anUnknownVariantIdIsA400OnVariantId() {
        String body = resultWith("variantId", Json.createValue(UUID.randomUUID().toString()));

        assertThat(assertProblem(AbTestingApi.record(SERVICE, body), 400).getString("field")).isEqualTo("variantId");
    }

    @Test
    void aVariantOfAnotherOperationIsA400OnVariantId() {
        String body = resultWith("variantId", Json.createValue(otherOperationsVariantId));

        assertThat(assertProblem(AbTestingApi.record(SERVICE, body), 400).getString("field")).isEqualTo("variantId");
    }

    @Test
    void optionalResultFieldsMayBeLeftOut() {
        String minimal = Json.createObjectBuilder().add("userId", "u").add("variantId", variantId)
                .add("operation", OPERATION).add("success", false).add("durationMs", 0).add("tokensUsed", 0)
                .add("costUsd", 0).build().toString();

        var response = AbTestingApi.record(SERVICE, minimal);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("inputHash")).isEqualTo(JsonValue.NULL);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"operation\":\"summarising\",\"userId\":\"u\",\"strategy\":\"random\"}      | operation",
            "{\"operation\":\"skill_extraction\",\"userId\":\"u\",\"strategy\":\"best\"}   | strategy",
            "{\"operation\":\"skill_extraction\",\"strategy\":\"random\"}                  | userId",
            "{\"operation\":\"skill_extraction\",\"userId\":\"u\"}                         | strategy",
            "{\"userId\":\"u\",\"strategy\":\"random\"}                                    | operation",
            "{\"operation\":\"skill_extraction\",\"userId\":7,\"strategy\":\"random\"}     | userId",
            "[\"skill_extraction\"]                                                        | body",
    })
    void aBadAssignmentIsA400NamingTheField(String body, String field) {
        JsonObject problem = assertProblem(SystemTestClient.postJson(BASE + "/assignments", SERVICE, body), 400);

        assertThat(problem.getString("field")).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/ab-testing/assignments", "/api/ab-testing/results", "/api/ab-testing/variants"})
    void malformedJsonIsA400Problem(String path) {
        assertProblem(SystemTestClient.postJson(path, ADMIN, "{\"operation\": "), 400);
    }

    @Test
    void anOperationNobodyConfiguredHasNothingToAssign() {
        // No system test ever creates a variant of tailoring (see AbTestingApi).
        assertProblem(AbTestingApi.assign(SERVICE, "tailoring", "alice", "random"), 404);
    }

    @Test
    void anInactiveVariantIsNeverAssigned() {
        String inactive = Json.createObjectBuilder(AbTestingApi.parse(AbTestingApi.variantJson(OPERATION,
                AbTestingApi.uniqueLabel("off")))).add("isActive", false).build().toString();
        assertThat(SystemTestClient.postJson(BASE + "/variants", ADMIN, inactive).statusCode()).isEqualTo(201);

        for (int i = 0; i < 20; i++) {
            assertThat(json(AbTestingApi.assign(SERVICE, OPERATION, "user-" + i, "random")).getString("variantId"))
                    .isEqualTo(variantId);
        }
    }

    @Test
    void aSecondControlIsAConflict() {
        String body = Json.createObjectBuilder(AbTestingApi.parse(AbTestingApi.variantJson(OPERATION,
                AbTestingApi.uniqueLabel("two")))).add("isControl", true).build().toString();

        assertProblem(SystemTestClient.postJson(BASE + "/variants", ADMIN, body), 409);
    }

    @Test
    void aLabelTakenInTheOperationIsAConflict() {
        String label = json(SystemTestClient.get(BASE + "/variants/" + variantId, ADMIN)).getString("variant");

        assertProblem(SystemTestClient.postJson(BASE + "/variants", ADMIN, AbTestingApi.variantJson(OPERATION, label)),
                409);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"operation\":\"summarising\",\"variant\":\"X1\",\"name\":\"n\",\"prompt\":\"p\"}               | operation",
            "{\"operation\":\"skill_extraction\",\"variant\":\"no spaces\",\"name\":\"n\",\"prompt\":\"p\"}   | variant",
            "{\"operation\":\"skill_extraction\",\"variant\":\"X1\",\"prompt\":\"p\"}                         | name",
            "{\"operation\":\"skill_extraction\",\"variant\":\"X1\",\"name\":\"n\"}                           | prompt",
            "{\"operation\":\"skill_extraction\",\"variant\":\"X1\",\"name\":\"n\",\"prompt\":\"p\",\"weight\":0}      | weight",
            "{\"operation\":\"skill_extraction\",\"variant\":\"X1\",\"name\":\"n\",\"prompt\":\"p\",\"weight\":\"2\"}  | weight",
            "{\"operation\":\"skill_extraction\",\"variant\":\"X1\",\"name\":\"n\",\"prompt\":\"p\",\"isActive\":1}   | isActive",
    })
    void aBadVariantIsA400NamingTheField(String body, String field) {
        JsonObject problem = assertProblem(SystemTestClient.postJson(BASE + "/variants", ADMIN, body), 400);

        assertThat(problem.getString("field")).isEqualTo(field);
    }

    @Test
    void anUpdateCannotMoveAVariantToAnotherOperationOrChangeTheControl() {
        JsonObject moved = assertProblem(SystemTestClient.send("PUT", BASE + "/variants/" + variantId, ADMIN,
                "application/json", "{\"operation\":\"tailoring\"}"), 400);
        assertThat(moved.getString("field")).isEqualTo("operation");

        assertProblem(SystemTestClient.send("PUT", BASE + "/variants/" + variantId, ADMIN, "application/json",
                "{\"isControl\":false}"), 409);
        assertProblem(SystemTestClient.send("PUT", BASE + "/variants/" + variantId, ADMIN, "application/json",
                "{\"isActive\":false}"), 409);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    /api/ab-testing/variants/not-a-uuid",
            "PUT,    /api/ab-testing/variants/not-a-uuid",
            "DELETE, /api/ab-testing/variants/not-a-uuid",
            "POST,   /api/ab-testing/promote/not-a-uuid",
            "GET,    /api/ab-testing/variants/00000000-0000-0000-0000-000000000000",
            "DELETE, /api/ab-testing/variants/00000000-0000-0000-0000-000000000000",
            "POST,   /api/ab-testing/promote/00000000-0000-0000-0000-000000000000",
    })
    void aVariantIdThatIsNoVariantIs404LikeElsewhereInTheApi(String method, String path) {
        String body = method.equals("PUT") || method.equals("POST") ? "{}" : null;

        assertProblem(SystemTestClient.send(method, path, ADMIN, body == null ? null : "application/json", body), 404);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/ab-testing/results/summarising               | operation",
            "/api/ab-testing/winner/summarising                | operation",
            "/api/ab-testing/winner/skill_extraction?minTests=0 | minTests",
            "/api/ab-testing/winner/skill_extraction?minTests=x | minTests",
            "/api/ab-testing/variants?operation=summarising     | operation",
            "/api/ab-testing/variants?includeArchived=maybe     | includeArchived",
    })
    void aBadPathOrQueryValueIsA400NamingIt(String path, String field) {
        assertThat(assertProblem(SystemTestClient.get(path, ADMIN), 400).getString("field")).isEqualTo(field);
    }
}
