package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/events: who may publish, what is accepted, and idempotency. */
class EventsIT {

    private static final String SERVICE = Tokens.withGroups("ats-service", "service");
    private final String user = "user-" + UUID.randomUUID();
    private final String userToken = Tokens.user(user, user + "@example.com");

    private void configure() {
        assertThat(SystemTestClient.postJson("/api/webhooks/config", userToken,
                "{\"url\":\"https://hooks.example.com/" + user + "\",\"enabled\":false}").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyServicesAndAdminsMayPublish() {
        String body = "{\"type\":\"resume.parsed\",\"userId\":\"" + user + "\",\"data\":{}}";

        assertProblem(SystemTestClient.postJson("/api/events", userToken, body), 403);
        assertProblem(SystemTestClient.postJson("/api/events", null, body), 401);
        assertThat(SystemTestClient.postJson("/api/events", Tokens.withGroups("root", "admin"), body).statusCode())
                .isEqualTo(202);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstResultAndCreatesNothing() {
        SystemTestClient.postJson("/api/webhooks/endpoints", userToken,
                "{\"url\":\"https://hooks.example.com/x\",\"enabled\":true}");
        String body = "{\"type\":\"resume.parsed\",\"userId\":\"" + user + "\",\"data\":{\"a\":1},\"idempotencyKey\":\"job-7\"}";

        JsonObject first = json(SystemTestClient.postJson("/api/events", SERVICE, body));
        JsonObject again = json(SystemTestClient.postJson("/api/events", SERVICE, body));

        assertThat(again.getString("eventId")).isEqualTo(first.getString("eventId"));
        assertThat(first.getBoolean("duplicate")).isFalse();
        assertThat(again.getBoolean("duplicate")).isTrue();
        assertThat(json(SystemTestClient.get("/api/webhooks/logs", userToken)).getInt("total")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1} on {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"userId\":\"u\",\"data\":{}}                                        | 400 | type",
            "{\"type\":\"resume.exploded\",\"userId\":\"u\",\"data\":{}}           | 400 | type",
            "{\"type\":\"webhook.test\",\"userId\":\"u\",\"data\":{}}              | 400 | type",
            "{\"type\":\"resume.parsed\",\"data\":{}}                              | 400 | userId",
            "{\"type\":\"resume.parsed\",\"userId\":\"u\"}                         | 400 | data",
            "{\"type\":\"resume.parsed\",\"userId\":\"u\",\"data\":[1,2]}          | 400 | data",
            "{\"type\":\"resume.parsed\",\"userId\":\"u\",\"data\":\"text\"}       | 400 | data",
            "{\"type\":7,\"userId\":\"u\",\"data\":{}}                             | 400 | type",
    })
    void badInputIsRejectedNamingTheField(String body, int status, String field) {
        JsonObject problem = assertProblem(SystemTestClient.postJson("/api/events", SERVICE, body), status);

        assertThat(problem.getString("field")).isEqualTo(field);
    }

    @Test
    void dataOver256KibIs413AndNothingIsWritten() {
        configure();
        String big = "x".repeat(256 * 1024);
        String body = "{\"type\":\"resume.parsed\",\"userId\":\"" + user + "\",\"data\":{\"blob\":\"" + big + "\"}}";

        JsonObject problem = assertProblem(SystemTestClient.postJson("/api/events", SERVICE, body), 413);

        assertThat(problem.getString("field")).isEqualTo("data");
        assertThat(json(SystemTestClient.get("/api/webhooks/logs", userToken)).getInt("total")).isZero();
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        String body = "{\"type\":\"resume.parsed\",\"userId\":\"u\",\"data\":{\"blob\":\"" + "x".repeat(1_200_000) + "\"}}";

        assertProblem(SystemTestClient.postJson("/api/events", SERVICE, body), 413);
    }
}
