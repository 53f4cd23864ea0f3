package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The A/B testing admin API is for admins only; assignment and recording also for services. */
class AbTestingAuthorizationIT {

    private static final String ID = UUID.randomUUID().toString();
    private static final String USER = Tokens.user("dave", "dave@example.com");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    /api/ab-testing/variants",
            "GET,    /api/ab-testing/variants/ID",
            "POST,   /api/ab-testing/variants",
            "PUT,    /api/ab-testing/variants/ID",
            "DELETE, /api/ab-testing/variants/ID",
            "GET,    /api/ab-testing/results/tailoring",
            "GET,    /api/ab-testing/winner/tailoring",
            "POST,   /api/ab-testing/promote/ID",
            "GET,    /api/ab-testing/stats",
    })
    void everyAdminEndpointRefusesUsersAndServicesAndAsksForAToken(String method, String path) {
        String target = path.replace("ID", ID);
        String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
        String type = body == null ? null : "application/json";

        assertProblem(SystemTestClient.send(method, target, USER, type, body), 403);
        assertProblem(SystemTestClient.send(method, target, AbTestingApi.SERVICE, type, body), 403);
        assertProblem(SystemTestClient.send(method, target, null, type, body), 401);
    }

    @ParameterizedTest(name = "POST {0}")
    @CsvSource({"/api/ab-testing/assignments", "/api/ab-testing/results"})
    void assigningAndRecordingRefuseUsersAndAskForAToken(String path) {
        assertProblem(SystemTestClient.postJson(path, USER, "{}"), 403);
        assertProblem(SystemTestClient.postJson(path, null, "{}"), 401);
    }

    @Test
    void anEmailListedInAdminUsersIsAnAdmin() {
        // The test server runs with admin.users=ops@example.com (deployment/pom.xml).
        String ops = Tokens.user("ops", "ops@example.com");

        assertThat(SystemTestClient.get("/api/ab-testing/stats", ops).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminGroupTokenIsAnAdmin() {
        assertThat(SystemTestClient.get("/api/ab-testing/stats", AbTestingApi.ADMIN).statusCode()).isEqualTo(200);
    }
}
