package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rotating the secret-encryption key (ADR 0019): a server restarted with a new key, and the old one among the previous
 * keys, still signs with the endpoints' stored secrets, and moves them over to the new key by itself within a minute.
 */
class SecretKeyRotationIT {

    private static final String SERVICE = Tokens.withGroups("rotation-publisher", "service");
    private static final String OLD_KEY = LibertyInstance.newEncryptionKey();
    private static final String NEW_KEY = LibertyInstance.newEncryptionKey();

    private static ThrowawayMariaDb db;
    private static CountingReceiver receiver;
    private static LibertyInstance before;
    private static LibertyInstance after;

    @BeforeAll
    static void aDatabaseAndAReceiver() throws Exception {
        db = ThrowawayMariaDb.create();
        receiver = new CountingReceiver();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        Cleanup.closeInOrder(before, after, receiver, db);
    }

    @Test
    void afterARestartWithANewKeyTheStoredSecretsStillSignAndMoveToTheNewKey() throws Exception {
        before = LibertyInstance.start("rotation-1", LibertyInstance.port(1), db,
                Map.of("SIGNALS_SECRET_ENCRYPTION_KEY", OLD_KEY));
        String user = "rotation-" + UUID.randomUUID();
        HttpResponse<String> config = before.postJson("/api/webhooks/config", Tokens.user(user, user + "@example.com"),
                "{\"url\":\"" + receiver.url("/hooks") + "\"}");
        assertThat(config.statusCode()).as(config.body()).isEqualTo(200);
        receiver.trust(MainScenarioOnMariaDbIT.json(config).getString("secret"));
        assertThat(storedUnder(OLD_KEY)).isEqualTo(1);
        before.stop();

        after = LibertyInstance.start("rotation-2", LibertyInstance.port(2), db, Map.of(
                "SIGNALS_SECRET_ENCRYPTION_KEY", NEW_KEY, "SIGNALS_SECRET_ENCRYPTION_PREVIOUS_KEYS", OLD_KEY));
        HttpResponse<String> published = after.postJson("/api/events", SERVICE, "{\"type\":\"resume.parsed\","
                + "\"userId\":\"" + user + "\",\"data\":{\"key\":\"rotated-1\"}}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.eventsArrived("rotated-") == 1 && storedUnder(NEW_KEY) == 1);
        assertThat(receiver.badSignatures()).as("deliveries signed with the secret registered under the old key")
                .isZero();
        assertThat(storedUnder(OLD_KEY)).isZero();
        assertThat(Files.readString(after.messagesLog()))
                .contains("Re-encrypted the signing secrets of 1 endpoints under the current secret-encryption key")
                .doesNotContain(NEW_KEY).doesNotContain(OLD_KEY);
    }

    /** Endpoints whose current secret is stored under this key (its id: the first 8 hex digits of its SHA-256). */
    private static long storedUnder(String base64Key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Key));
        String keyId = HexFormat.of().formatHex(digest, 0, 4);
        return db.count("SELECT COUNT(*) FROM webhook_endpoint WHERE secret_current LIKE '" + keyId + ":%'");
    }
}
