package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A receiver on the official Standard Webhooks library verifies every delivery: the 7 event
 * types, the test send, and deliveries after a secret regeneration (old and new secret both valid
 * during the overlap).
 */
class StandardWebhooksInteropIT {

    private static final List<String> EVENT_TYPES = List.of("resume.parsed", "resume.parse_failed",
            "ats.check_completed", "ats.check_failed", "tailoring.completed", "tailoring.failed", "operation.cancelled");

    private static IndependentReceiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = IndependentReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void theOfficialLibraryVerifiesEveryKindOfDelivery() throws Exception {
        String user = "interop-" + UUID.randomUUID();
        String token = Tokens.user(user, user + "@example.com");
        String service = Tokens.withGroups("platform", "service");
        String path = "/interop/" + UUID.randomUUID();
        String oldSecret = json(SystemTestClient.postJson("/api/webhooks/config", token,
                "{\"url\":\"" + receiver.url(path) + "\"}")).getString("secret");
        receiver.trust(path, oldSecret);

        for (String type : EVENT_TYPES) {
            assertThat(SystemTestClient.postJson("/api/events", service, "{\"type\":\"" + type + "\",\"userId\":\""
                    + user + "\",\"data\":{\"operationId\":\"op-1\",\"note\":\"caf\u00e9 \u2713\"}}").statusCode())
                    .isEqualTo(202);
        }
        JsonObject test = json(SystemTestClient.postJson("/api/webhooks/test", token, ""));
        assertThat(test.getBoolean("success")).as(test.toString()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.results().size() == 8);

        String newSecret = json(SystemTestClient.postJson("/api/webhooks/regenerate-secret", token, ""))
                .getString("secret");
        receiver.trust(path, oldSecret); // a receiver that has not switched yet
        publish(service, user);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.results().size() == 9);
        receiver.trust(path, newSecret); // a receiver that has switched
        publish(service, user);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.results().size() == 10);

        var results = receiver.results().getValuesAs(JsonObject.class);
        assertThat(results).allSatisfy(r -> assertThat(r.getBoolean("verified")).as(r.toString()).isTrue());
        assertThat(results.stream().map(r -> r.getString("type")).distinct())
                .containsAll(EVENT_TYPES).contains("webhook.test");
        assertThat(results.stream().map(r -> r.getString("webhookId")).distinct()).hasSize(10);
        assertThat(results.subList(8, 10)).allSatisfy(r -> assertThat(r.getInt("signatures")).isEqualTo(2));
    }

    private static void publish(String service, String user) {
        assertThat(SystemTestClient.postJson("/api/events", service, "{\"type\":\"tailoring.completed\",\"userId\":\""
                + user + "\",\"data\":{\"after\":\"rotation\"}}").statusCode()).isEqualTo(202);
    }
}
