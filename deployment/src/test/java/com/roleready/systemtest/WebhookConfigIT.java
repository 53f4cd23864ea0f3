package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The original single-webhook API end to end: REST, service, JPA, database. */
class WebhookConfigIT {

    private final String user = "user-" + UUID.randomUUID();
    private final String token = Tokens.user(user, user + "@example.com");

    @Test
    void aConfiguredWebhookIsReadBackAndCanBeRemoved() {
        HttpResponse<String> created = SystemTestClient.postJson("/api/webhooks/config", token,
                "{\"url\":\"https://hooks.example.com/rr\",\"enabled\":true,"
                        + "\"enabledEvents\":[\"resume.parsed\",\"tailoring.failed\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        JsonObject config = json(SystemTestClient.get("/api/webhooks/config", token));
        assertThat(config.getString("url")).isEqualTo("https://hooks.example.com/rr");
        assertThat(config.getBoolean("enabled")).isTrue();
        assertThat(config.getJsonArray("enabledEvents").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrder("resume.parsed", "tailoring.failed");
        assertThat(config.getString("createdAt")).isEqualTo(json(created).getString("createdAt"));

        assertThat(SystemTestClient.delete("/api/webhooks/config", token).statusCode()).isEqualTo(204);
        assertProblem(SystemTestClient.get("/api/webhooks/config", token), 404);
    }

    @Test
    void postingAgainReplacesTheConfigurationAndDefaultsToEveryEvent() {
        SystemTestClient.postJson("/api/webhooks/config", token, "{\"url\":\"https://a.example.com/h\"}");
        SystemTestClient.postJson("/api/webhooks/config", token, "{\"url\":\"https://b.example.com/h\",\"enabled\":false}");

        JsonObject config = json(SystemTestClient.get("/api/webhooks/config", token));
        assertThat(config.getString("url")).isEqualTo("https://b.example.com/h");
        assertThat(config.getBoolean("enabled")).isFalse();
        assertThat(config.getJsonArray("enabledEvents")).hasSize(7);
    }

    @Test
    void anotherUserNeverSeesTheConfiguration() {
        SystemTestClient.postJson("/api/webhooks/config", token, "{\"url\":\"https://a.example.com/h\"}");
        String bob = Tokens.user("bob-" + UUID.randomUUID(), "bob@example.com");

        assertProblem(SystemTestClient.get("/api/webhooks/config", bob), 404);
        assertProblem(SystemTestClient.delete("/api/webhooks/config", bob), 404);
        assertThat(SystemTestClient.get("/api/webhooks/config", token).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                              | url",
            "{\"url\":\"\"}                                                  | url",
            "{\"url\":\"not a url\"}                                         | url",
            "{\"url\":\"ftp://files.example.com/x\"}                         | url",
            "{\"url\":\"https://user:pw@example.com/x\"}                     | url",
            "{\"url\":42}                                                    | url",
            "{\"url\":\"https://a.example.com\",\"enabled\":\"maybe\"}       | enabled",
            "{\"url\":\"https://a.example.com\",\"enabledEvents\":[]}        | enabledEvents",
            "{\"url\":\"https://a.example.com\",\"enabledEvents\":\"resume.parsed\"} | enabledEvents",
            "{\"url\":\"https://a.example.com\",\"enabledEvents\":[\"resume.exploded\"]} | enabledEvents",
            "{\"url\":\"https://a.example.com\",\"enabledEvents\":[\"resume.parsed\",\"resume.parsed\"]} | enabledEvents",
    })
    void badInputIsRejectedNamingTheFieldAndNothingIsWritten(String body, String field) {
        JsonObject problem = assertProblem(SystemTestClient.postJson("/api/webhooks/config", token, body), 400);

        assertThat(problem.getString("field")).isEqualTo(field);
        assertProblem(SystemTestClient.get("/api/webhooks/config", token), 404);
    }
}
