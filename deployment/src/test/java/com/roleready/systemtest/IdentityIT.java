package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Authentication and authorization through HTTP on the running server. */
class IdentityIT {

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() {
        HttpResponse<String> response = SystemTestClient.get("/api/me", null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aValidTokenIdentifiesTheCaller() {
        HttpResponse<String> response = SystemTestClient.get("/api/me", Tokens.user("alice", "alice@example.com"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = json(response);
        assertThat(me.getString("id")).isEqualTo("alice");
        assertThat(me.getString("email")).isEqualTo("alice@example.com");
        assertThat(me.getJsonArray("groups")).isEmpty();
        assertThat(me.getBoolean("admin")).isFalse();
    }

    @Test
    void theAdminGroupMakesTheCallerAnAdmin() {
        JsonObject me = json(SystemTestClient.get("/api/me", Tokens.withGroups("root", "admin", "service")));

        assertThat(me.getBoolean("admin")).isTrue();
        assertThat(me.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("admin", "service");
    }

    @Test
    void anEmailListedInAdminUsersMakesTheCallerAnAdmin() {
        // The system-test server runs with ADMIN_USERS=ops@example.com (see deployment/pom.xml).
        JsonObject me = json(SystemTestClient.get("/api/me", Tokens.user("olga", "OPS@example.com")));

        assertThat(me.getBoolean("admin")).isTrue();
        assertThat(SystemTestClient.get("/api/admin/status", Tokens.user("olga", "ops@example.com")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdminOnlyPathAnswers403ProblemJsonToANonAdmin() {
        HttpResponse<String> response = SystemTestClient.get("/api/admin/status", Tokens.user("alice", "alice@example.com"));

        JsonObject problem = assertProblem(response, 403);
        assertThat(problem.getString("detail")).contains("admin");
    }

    @Test
    void anAdminSeesTheServiceStatus() {
        HttpResponse<String> response = SystemTestClient.get("/api/admin/status", Tokens.withGroups("root", "admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject status = json(response);
        assertThat(status.getString("version")).isNotBlank().isNotEqualTo("unknown");
        assertThat(status.getBoolean("developmentJwtKey")).isTrue();
        assertThat(status.getInt("adminEmailsConfigured")).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRejected() {
        assertProblem(SystemTestClient.get("/api/me", Tokens.expired("alice")), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        assertProblem(SystemTestClient.get("/api/me", Tokens.fromOtherIssuer("mallory")), 401);
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIsRejected() {
        assertProblem(SystemTestClient.get("/api/admin/status", Tokens.signedWithUnknownKey("mallory")), 401);
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRejected() {
        assertProblem(SystemTestClient.get("/api/me", "not.a.jwt"), 401);
    }
}
