package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void aBodyOverOneMebibyteIs413EvenWhenSentChunked() {
        String service = Tokens.withGroups("chunky-service", "service");
        byte[] body = ("{\"type\":\"resume.parsed\",\"userId\":\"chunky\",\"data\":{},\"pad\":\""
                + " ".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        var problem = assertProblem(SystemTestClient.postJsonChunked("/api/events", service, body), 413);
        assertThat(problem.getString("field")).isEqualTo("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"url\":\"https://hooks.example.com/x\"} trailing",
        "{\"url\":\"https://hooks.example.com/x\"}{}",
        "{\"url\":\"https://a.example.com/x\",\"url\":\"https://b.example.com/x\"}",
        "{\"url\":\"https://hooks.example.com/\\udc00\"}",
        "{\"url\":\"https://hooks.example.com/x\",\"n\":1}"})
    void aBodyThatIsNotExactlyOneStrictJsonValueIs400NamingTheBody(String body) {
        String json = body.endsWith("\"n\":1}") ? body.replace("1}", "9".repeat(5000) + "}") : body;

        var problem = assertProblem(SystemTestClient.postJson("/api/webhooks/config", token, json), 400);
        assertThat(problem.getString("field")).isEqualTo("body");
    }

    @Test
    void deeplyNestedJsonIs400NotAServerError() {
        String service = Tokens.withGroups("deep-service", "service");
        String deep = "[".repeat(1000) + "]".repeat(1000);

        var problem = assertProblem(SystemTestClient.postJson("/api/events", service,
                "{\"type\":\"resume.parsed\",\"userId\":\"deep\",\"data\":{\"a\":" + deep + "}}"), 400);
        assertThat(problem.getString("field")).isEqualTo("body");
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        byte[] body = {'{', '"', 'u', 'r', 'l', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};

        var problem = assertProblem(SystemTestClient.postJsonBytes("/api/webhooks/config", token, body), 400);
        assertThat(problem.getString("field")).isEqualTo("body");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "GET, /api/webhooks/logs?page=abc, page",
        "GET, /api/webhooks/logs?page=1073741824&size=2, page",
        "GET, /api/webhooks/logs?size=abc, size",
        "GET, /api/webhooks/logs?endpointId=xyz, endpointId",
        "GET, /api/webhooks/stats?days=99999999999, days",
        "POST, /api/webhooks/test?endpointId=xyz, endpointId",
        "POST, /api/webhooks/regenerate-secret?endpointId=xyz, endpointId"})
    void aBadQueryParameterIs400NamingItNot404(String method, String path, String field) {
        var problem = assertProblem(SystemTestClient.send(method, path, token, null, null), 400);
        assertThat(problem.getString("field")).isEqualTo(field);
    }
}
