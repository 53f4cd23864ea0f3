package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health, metrics and the API description, as an operator and an admin in the browser see them. */
class OperationsIT {

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        HttpResponse<String> response = SystemTestClient.get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = ProblemAssertions.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("database");
    }

    @Test
    void livenessIsUp() {
        assertThat(SystemTestClient.get("/health/live", null).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreServedInPrometheusTextWithoutCredentials() {
        HttpResponse<String> response = SystemTestClient.get("/metrics", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE").contains("webhook_due_deliveries")
                .contains("webhook_oldest_due_age_seconds");
    }

    @Test
    void theOpenApiDocumentListsTheApiWithABearerScheme() {
        HttpResponse<String> response = SystemTestClient.send("GET", "/openapi?format=JSON", null, null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = ProblemAssertions.json(response);
        assertThat(document.getJsonObject("paths").keySet()).contains("/api/me", "/api/webhooks/config",
                "/api/ab-testing/variants", "/api/ab-testing/variants/{id}", "/api/ab-testing/promote/{id}",
                "/api/ab-testing/results/{operation}", "/api/ab-testing/winner/{operation}", "/api/ab-testing/stats",
                "/api/ab-testing/assignments", "/api/ab-testing/results");
        JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertThat(scheme.getString("scheme")).isEqualTo("bearer");
    }

    @Test
    void theOpenApiUiIsServed() {
        HttpResponse<String> response = SystemTestClient.get("/openapi/ui/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Swagger UI");
    }
}
