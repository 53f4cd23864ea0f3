package com.roleready.systemtest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A retry that falls due while the server is down happens after it comes back, with the same
 * webhook-id: the schedule is in the database, not in memory.
 */
class DeliverySurvivesRestartIT {

    private static final Path SERVER_SCRIPT = Path.of(System.getProperty("liberty.server.script",
            "target/liberty/wlp/bin/server"));

    private static WireMockServer receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = Receivers.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @Test
    void aRetryDueWhileTheServerWasDownIsMadeAfterItRestartsWithTheSameWebhookId() throws Exception {
        assertThat(Files.isExecutable(SERVER_SCRIPT)).as("Liberty server script at " + SERVER_SCRIPT).isTrue();
        String user = "user-" + UUID.randomUUID();
        String token = Tokens.user(user, user + "@example.com");
        String path = "/restart/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        // One retry, 6 s after the first attempt: long enough to stop the server before it falls due.
        String secret = json(SystemTestClient.postJson("/api/webhooks/endpoints", token,
                "{\"url\":\"http://127.0.0.1:" + receiver.port() + path + "\",\"retryDelaysSeconds\":[6]}"))
                .getString("secret");
        assertThat(SystemTestClient.postJson("/api/events", Tokens.withGroups("svc", "service"),
                "{\"type\":\"tailoring.completed\",\"userId\":\"" + user + "\",\"data\":{\"jobId\":\"j-1\"}}")
                .statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> received(path).size() == 1);

        long firstAttemptAt = received(path).get(0).getLoggedDate().getTime();

        server("stop");
        assertThat(received(path)).as("no retry before the stop completed").hasSize(1);
        long untilDue = firstAttemptAt + 7_000 - System.currentTimeMillis();
        if (untilDue > 0) {
            Thread.sleep(untilDue); // the retry falls due while no server is running
        }
        assertThat(received(path)).hasSize(1);
        server("start");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> SystemTestClient.get("/health/ready", null).statusCode() == 200);

        await().atMost(Duration.ofSeconds(30)).until(() -> received(path).size() == 2);
        List<LoggedRequest> requests = received(path);
        assertThat(requests.get(1).getHeader("webhook-id")).isEqualTo(requests.get(0).getHeader("webhook-id"));
        assertThat(Receivers.signatureValid(secret, requests.get(1))).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> json(SystemTestClient.get("/api/webhooks/logs", token))
                .getJsonArray("items").getJsonObject(0).getString("status").equals("delivered"));
    }

    private static List<LoggedRequest> received(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private static void server(String action) throws Exception {
        Process process = new ProcessBuilder(SERVER_SCRIPT.toString(), action, "defaultServer")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("server " + action + " finished").isTrue();
        assertThat(process.exitValue()).as("server " + action + " exit code").isZero();
    }
}
