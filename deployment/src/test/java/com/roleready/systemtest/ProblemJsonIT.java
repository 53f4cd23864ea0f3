package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever goes wrong, the answer is problem+json, never an HTML page. */
class ProblemJsonIT {

    private final String token = Tokens.user("carol", "carol@example.com");

    @Test
    void anUnknownPathOutsideTheApiIs404ProblemJson() {
        assertProblem(SystemTestClient.get("/no/such/page.html", null), 404);
    }

    @Test
    void anUnknownPathInsideTheApiIs404ProblemJson() {
        assertProblem(SystemTestClient.get("/api/no-such-thing", token), 404);
    }

    @Test
    void anUnsupportedMethodIs405ProblemJson() {
        assertProblem(SystemTestClient.send("PATCH", "/api/me", token, null, null), 405);
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        assertProblem(SystemTestClient.postJson("/api/webhooks/config", token, "{\"url\": "), 400);
    }

    @Test
    void aJsonArrayWhereAnObjectBelongsIs400ProblemJson() {
        assertProblem(SystemTestClient.postJson("/api/webhooks/config", token, "[1,2]"), 400);
    }

    @Test
    void theWrongContentTypeIs415ProblemJson() {
        assertProblem(SystemTestClient.send("POST", "/api/webhooks/config", token, "text/plain", "hello"), 415);
    }

    @Test
    void anEmptyBodyIs400ProblemJsonNamingTheBody() {
        var problem = assertProblem(SystemTestClient.send("POST", "/api/webhooks/config", token,
                "application/json", ""), 400);
        assertThat(problem.getString("detail")).isNotBlank();
    }
}
