package com.roleready.systemtest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhook delivery end to end on the running server: publish over REST, the dispatcher sends to a
 * WireMock receiver on loopback (the test server runs in dev delivery mode), the log records it.
 */
class WebhookDeliveryIT {

    private static WireMockServer receiver;
    private static final String SERVICE = Tokens.withGroups("resume-service", "service");

    private final String user = "user-" + UUID.randomUUID();
    private final String token = Tokens.user(user, user + "@example.com");
    private final String path = "/hooks/" + UUID.randomUUID();

    @BeforeAll
    static void startReceiver() {
        receiver = Receivers.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    private String configure(String url) {
        var response = SystemTestClient.postJson("/api/webhooks/config", token, "{\"url\":\"" + url + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).getString("secret");
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private JsonObject publish(String type) {
        var response = SystemTestClient.postJson("/api/events", SERVICE,
                "{\"type\":\"" + type + "\",\"userId\":\"" + user + "\",\"data\":{\"resumeId\":\"r-9\",\"score\":91}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json(response);
    }

    private List<LoggedRequest> received() {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private JsonObject onlyLogEntry() {
        JsonObject log = json(SystemTestClient.get("/api/webhooks/logs", token));
        assertThat(log.getJsonArray("items")).hasSize(1);
        return log.getJsonArray("items").getJsonObject(0);
    }

    private void awaitStatus(String status) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                .until(() -> onlyLogEntry().getString("status").equals(status));
    }

    @Test
    void aPublishedEventArrivesSignedWithTheStandardWebhooksHeaders() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        String secret = configure(receiverUrl());

        JsonObject receipt = publish("resume.parsed");

        assertThat(receipt.getInt("deliveries")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> received().size() == 1);
        LoggedRequest request = received().get(0);
        assertThat(Receivers.signatureValid(secret, request)).isTrue();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("webhook-id")).startsWith("msg_");
        JsonObject body = json(Receivers.body(request));
        assertThat(body.getString("type")).isEqualTo("resume.parsed");
        assertThat(body.getJsonObject("data").getInt("score")).isEqualTo(91);
        awaitStatus("delivered");
    }

    @Test
    void aDeliveryPublishedWhileSendersAreFreeIsHandedToThemWithoutWaitingForAClaim() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        configure(receiverUrl());
        double handedOverBefore = dispatchedVia("hand_off");

        publish("ats.check_completed");

        await().atMost(Duration.ofSeconds(10)).until(() -> received().size() == 1);
        awaitStatus("delivered");
        assertThat(dispatchedVia("hand_off")).isGreaterThanOrEqualTo(handedOverBefore + 1);
    }

    private static double dispatchedVia(String via) {
        return MetricsText.counter(SystemTestClient.get("/metrics", null).body(), "webhook_deliveries_dispatched_total",
                "via", via);
    }

    @Test
    void failuresAreRetriedAfterAboutOneAndFiveSecondsWithTheSameWebhookId() {
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("third"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200)));
        String secret = configure(receiverUrl());

        publish("ats.check_completed");

        await().atMost(Duration.ofSeconds(30)).until(() -> received().size() == 3);
        List<LoggedRequest> requests = received();
        assertThat(requests).extracting(r -> r.getHeader("webhook-id")).containsOnly(requests.get(0).getHeader("webhook-id"));
        assertThat(requests).allMatch(r -> Receivers.signatureValid(secret, r));
        long firstGap = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        long secondGap = requests.get(2).getLoggedDate().getTime() - requests.get(1).getLoggedDate().getTime();
        System.out.printf("retry gaps: %d ms, %d ms%n", firstGap, secondGap);
        assertThat(firstGap).isBetween(900L, 2_500L);
        assertThat(secondGap).isBetween(4_900L, 6_500L);
        awaitStatus("delivered");
        assertThat(onlyLogEntry().getJsonArray("attemptLog")).hasSize(3);
    }

    @Test
    void aReceiverThatHangsIsRecordedAsATimeoutAfterAboutTenSeconds() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(15_000)));
        configure(receiverUrl());

        publish("tailoring.completed");

        await().atMost(Duration.ofSeconds(30)).until(() -> onlyLogEntry().getJsonArray("attemptLog").size() >= 1);
        JsonObject attempt = onlyLogEntry().getJsonArray("attemptLog").getJsonObject(0);
        assertThat(attempt.getString("outcome")).isEqualTo("timeout");
        assertThat(attempt.getJsonNumber("durationMs").longValue()).isBetween(9_000L, 12_500L);
    }

    @Test
    void aRedirectIsNotFollowedAndItsLocationIsLogged() {
        String elsewhere = "/elsewhere/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "http://127.0.0.1:" + receiver.port() + elsewhere)));
        configure(receiverUrl());

        publish("resume.parse_failed");

        await().atMost(Duration.ofSeconds(10)).until(() -> onlyLogEntry().getJsonArray("attemptLog").size() >= 1);
        JsonObject attempt = onlyLogEntry().getJsonArray("attemptLog").getJsonObject(0);
        assertThat(attempt.getString("outcome")).isEqualTo("redirect");
        assertThat(attempt.getString("location")).endsWith(elsewhere);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(elsewhere)))).isEmpty();
    }

    @Test
    void a410DisablesTheEndpoint() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(410)));
        configure(receiverUrl());

        publish("operation.cancelled");

        awaitStatus("failed");
        JsonObject config = json(SystemTestClient.get("/api/webhooks/config", token));
        assertThat(config.getBoolean("enabled")).isFalse();
        assertThat(config.getString("disabledReason")).contains("410");
        assertThat(publish("operation.cancelled").getInt("deliveries")).isZero();
    }

    @Test
    void aRetryAfterOn429IsHonoured() {
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)));
        configure(receiverUrl());

        publish("ats.check_failed");

        await().atMost(Duration.ofSeconds(20)).until(() -> received().size() == 2);
        long gap = received().get(1).getLoggedDate().getTime() - received().get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(2_900L).isLessThan(5_000L);
    }

    @Test
    void aRefusedConnectionIsLoggedAndRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        configure("http://127.0.0.1:" + closedPort + "/nobody-home");

        publish("tailoring.failed");

        await().atMost(Duration.ofSeconds(10)).until(() -> onlyLogEntry().getJsonArray("attemptLog").size() >= 1);
        JsonObject entry = onlyLogEntry();
        assertThat(entry.getJsonArray("attemptLog").getJsonObject(0).getString("outcome")).isEqualTo("connection_failed");
        assertThat(entry.getString("status")).isEqualTo("pending");
    }

    @Test
    void theTestActionSendsNowAndAnswersWithTheOutcome() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(202).withBody("thanks")));
        String secret = configure(receiverUrl());

        var response = SystemTestClient.postJson("/api/webhooks/test", token, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject outcome = json(response);
        assertThat(outcome.getBoolean("success")).isTrue();
        assertThat(outcome.getInt("statusCode")).isEqualTo(202);
        assertThat(outcome.getString("responseBody")).isEqualTo("thanks");
        assertThat(received()).singleElement().satisfies(r -> {
            assertThat(Receivers.signatureValid(secret, r)).isTrue();
            assertThat(Receivers.body(r)).contains("\"type\":\"webhook.test\"");
        });
    }

    @Test
    void afterRegeneratingTheSecretBothTheOldAndTheNewSecretVerify() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        String oldSecret = configure(receiverUrl());

        var rotated = json(SystemTestClient.postJson("/api/webhooks/regenerate-secret", token, ""));
        String newSecret = rotated.getString("secret");
        publish("resume.parsed");

        await().atMost(Duration.ofSeconds(10)).until(() -> received().size() == 1);
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(Receivers.signatureValid(oldSecret, received().get(0))).isTrue();
        assertThat(Receivers.signatureValid(newSecret, received().get(0))).isTrue();
        assertThat(SystemTestClient.get("/api/webhooks/config", token).body()).doesNotContain("whsec_");
    }

    @Test
    void bobNeverSeesAlicesEndpointsLogsOrStats() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        configure(receiverUrl());
        var created = json(SystemTestClient.postJson("/api/webhooks/endpoints", token,
                "{\"url\":\"" + receiverUrl() + "\"}"));
        publish("resume.parsed");
        await().atMost(Duration.ofSeconds(10)).until(() -> received().size() == 2);
        String bob = Tokens.user("bob-" + UUID.randomUUID(), "bob@example.com");

        assertThat(json(SystemTestClient.get("/api/webhooks/logs", bob)).getInt("total")).isZero();
        assertThat(json(SystemTestClient.get("/api/webhooks/stats", bob)).getInt("totalDeliveries")).isZero();
        assertThat(SystemTestClient.get("/api/webhooks/endpoints", bob).body()).isEqualTo("[]");
        String id = created.getString("id");
        assertProblem(SystemTestClient.get("/api/webhooks/endpoints/" + id, bob), 404);
        assertProblem(SystemTestClient.delete("/api/webhooks/endpoints/" + id, bob), 404);
        String deliveryId = json(SystemTestClient.get("/api/webhooks/logs", token)).getJsonArray("items")
                .getJsonObject(0).getString("deliveryId");
        assertProblem(SystemTestClient.postJson("/api/webhooks/logs/" + deliveryId + "/redeliver", bob, ""), 404);
        assertThat(json(SystemTestClient.get("/api/webhooks/stats", token)).getInt("totalDeliveries")).isEqualTo(2);
    }

    @Test
    void aDeliveredDeliveryCannotBeRedelivered() {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        configure(receiverUrl());
        publish("resume.parsed");
        awaitStatus("delivered");

        String deliveryId = onlyLogEntry().getString("deliveryId");

        assertProblem(SystemTestClient.postJson("/api/webhooks/logs/" + deliveryId + "/redeliver", token, ""), 409);
    }

    @Test
    void concurrentRedeliveriesOfOneFailedDeliveryScheduleItOnceAndAnswerTheRestWith409() throws Exception {
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(410))); // gone: failed at once
        configure(receiverUrl());
        publish("resume.parsed");
        awaitStatus("failed");
        String deliveryId = onlyLogEntry().getString("deliveryId");

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.List<java.util.concurrent.Future<java.net.http.HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> SystemTestClient.postJson(
                    "/api/webhooks/logs/" + deliveryId + "/redeliver", token, "")));
        }
        java.util.Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        String accepted = null;
        for (var answer : answers) {
            var response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            accepted = response.statusCode() == 202 ? response.body() : accepted;
        }
        pool.shutdown();

        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(202, 1, 409, 9));
        assertThat(json(accepted).getJsonArray("attemptLog")).as("the attempt that failed").hasSize(1);
    }
}
