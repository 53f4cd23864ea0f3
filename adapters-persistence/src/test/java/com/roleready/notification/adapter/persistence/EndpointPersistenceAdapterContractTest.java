package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.EndpointStoreContract;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.notification.domain.SigningSecrets;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import com.roleready.shared.adapter.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint-store contract, plus the database-only guarantees, on a real database. */
abstract class EndpointPersistenceAdapterContractTest extends EndpointStoreContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String key = SecretCipherTest.randomKey();
    private final SecretCipher cipher = new SecretCipher(Optional.of(key));
    private EntityManager entityManager;
    private EndpointPersistenceAdapter adapter;

    protected abstract TestDatabase database();

    @BeforeEach
    void openEntityManager() {
        entityManager = database().newEntityManager();
        adapter = new EndpointPersistenceAdapter(entityManager, cipher);
    }

    @AfterEach
    void closeEntityManager() {
        entityManager.close();
    }

    @Override
    protected LoadEndpointsPort load() {
        entityManager.clear(); // read from the database, not from the persistence context
        return adapter;
    }

    @Override
    protected SaveEndpointPort save() {
        return adapter;
    }

    @Override
    protected DeleteEndpointPort delete() {
        return adapter;
    }

    @Override
    protected void inTransaction(Runnable work) {
        TestDatabase.inTransaction(entityManager, em -> work.run());
    }

    @Test
    void theDatabaseRefusesASecondPrimaryEndpointForTheSameUser() {
        String owner = "erin-" + System.nanoTime();
        inTransaction(() -> adapter.save(primary(owner, "https://one.example.com")));

        assertThatThrownBy(() -> inTransaction(() -> adapter.save(primary(owner, "https://two.example.com"))))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void ownerIdsThatDifferOnlyInCaseAreDifferentUsers() {
        String owner = "Hanna-" + System.nanoTime();
        String lowerCased = owner.toLowerCase(java.util.Locale.ROOT);
        inTransaction(() -> adapter.save(primary(owner, "https://one.example.com")));

        assertThat(load().loadPrimary(lowerCased)).isEmpty();
        assertThat(load().loadAllOf(lowerCased)).isEmpty();
        inTransaction(() -> adapter.save(primary(lowerCased, "https://two.example.com")));
        assertThat(load().loadPrimary(lowerCased).orElseThrow().url().value()).isEqualTo("https://two.example.com");
    }

    @Test
    void signingSecretsAreStoredEncryptedAndDecryptBack() throws SQLException {
        WebhookEndpoint endpoint = primary("frank-" + System.nanoTime(), "https://hooks.example.com/f");
        WebhookSecret first = endpoint.secrets().current();
        endpoint.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(1), Duration.ofHours(24));
        inTransaction(() -> adapter.save(endpoint));

        String[] raw = rawSecretColumns(endpoint.id());

        assertThat(raw[0]).startsWith(cipher.keyId() + ":").doesNotContain(WebhookSecret.PREFIX)
                .doesNotContain(endpoint.secrets().current().reveal().substring(WebhookSecret.PREFIX.length()));
        assertThat(raw[1]).startsWith(cipher.keyId() + ":").doesNotContain(WebhookSecret.PREFIX)
                .doesNotContain(first.reveal().substring(WebhookSecret.PREFIX.length()));
        assertThat(cipher.decrypt(raw[0])).isEqualTo(endpoint.secrets().current().reveal());
        assertThat(cipher.decrypt(raw[1])).isEqualTo(first.reveal());
    }

    @Test
    void savingWithUnchangedSecretsKeepsTheStoredCiphertext() throws SQLException {
        WebhookEndpoint endpoint = primary("gina-" + System.nanoTime(), "https://hooks.example.com/g");
        inTransaction(() -> adapter.save(endpoint));
        String before = rawSecretColumns(endpoint.id())[0];

        endpoint.reconfigure(new EndpointUrl("https://hooks.example.com/g2"), true, EventFilter.all(), T0.plusSeconds(9));
        entityManager.clear();
        inTransaction(() -> adapter.save(endpoint));

        assertThat(rawSecretColumns(endpoint.id())[0]).isEqualTo(before);
    }

    @Test
    void anEndpointStoredBeforeSchemaV2IsGivenAFreshSecretThatIsStoredOnFirstLoad() throws SQLException {
        String owner = "legacy-" + System.nanoTime();
        UUID id = UUID.randomUUID();
        insertV1Row(id, owner);

        WebhookEndpoint[] loaded = new WebhookEndpoint[1];
        entityManager.clear();
        inTransaction(() -> loaded[0] = adapter.loadPrimary(owner).orElseThrow());

        assertThat(loaded[0].retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(loaded[0].secrets().previous()).isNull();
        assertThat(rawSecretColumns(id)[0]).startsWith(cipher.keyId() + ":");
        assertThat(load().loadById(id).orElseThrow().secrets()).isEqualTo(loaded[0].secrets());
    }

    @Test
    void afterAKeyRotationTheStoredSecretsMoveToTheNewKeyAndStillDecrypt() throws SQLException {
        WebhookEndpoint endpoint = primary("rotor-" + System.nanoTime(), "https://hooks.example.com/r");
        endpoint.rotateSecret(WebhookSecret.generate(RANDOM), T0.plusSeconds(1), Duration.ofHours(24));
        inTransaction(() -> adapter.save(endpoint));
        SecretCipher nobodysKey = new SecretCipher(Optional.of(SecretCipherTest.randomKey()));
        WebhookEndpoint unreadable = primary("lost-" + System.nanoTime(), "https://hooks.example.com/l");
        inTransaction(() -> new EndpointPersistenceAdapter(entityManager, nobodysKey).save(unreadable));
        SecretCipher rotated = new SecretCipher(Optional.of(SecretCipherTest.randomKey()), Optional.of(key));
        EndpointSecretReencryption reencryption = new EndpointSecretReencryption(entityManager, rotated);

        int moved = 0;
        for (int batch = 1; batch > 0; moved += batch) {
            batch = TestDatabase.inFreshTransaction(entityManager, () -> reencryption.reencryptBatch(2));
        }

        assertThat(moved).isPositive();
        String[] raw = rawSecretColumns(endpoint.id());
        assertThat(raw[0]).startsWith(rotated.keyId() + ":");
        assertThat(raw[1]).startsWith(rotated.keyId() + ":");
        EndpointPersistenceAdapter afterRotation = new EndpointPersistenceAdapter(entityManager, rotated);
        assertThat(TestDatabase.inFreshTransaction(entityManager, () -> afterRotation.loadById(endpoint.id()))
                .orElseThrow().secrets()).isEqualTo(endpoint.secrets());
        assertThat(rawSecretColumns(unreadable.id())[0]).as("a value under a key no longer held is left alone")
                .startsWith(nobodysKey.keyId() + ":");
        assertThat(TestDatabase.inFreshTransaction(entityManager, () -> reencryption.reencryptBatch(100))).isZero();
    }

    private void insertV1Row(UUID id, String owner) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_endpoint (id, owner_id,"
                     + " is_primary, primary_owner_id, url, enabled, enabled_events, created_at, updated_at, version)"
                     + " VALUES (?, ?, TRUE, ?, 'https://old.example.com/hook', TRUE, 'resume.parsed', ?, ?, 1)")) {
            Timestamp at = Timestamp.valueOf("2026-01-01 00:00:00");
            insert.setString(1, id.toString());
            insert.setString(2, owner);
            insert.setString(3, owner);
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, at);
            insert.executeUpdate();
        }
    }

    private String[] rawSecretColumns(UUID id) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT secret_current, secret_previous FROM webhook_endpoint WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("row of endpoint " + id).isTrue();
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }

    @Test
    void aStaleCopyOfAnEndpointCannotOverwriteANewerVersion() {
        WebhookEndpoint endpoint = primary("gina-" + System.nanoTime(), "https://one.example.com");
        inTransaction(() -> adapter.save(endpoint));
        EntityManager other = database().newEntityManager();
        try {
            EndpointPersistenceAdapter otherAdapter = new EndpointPersistenceAdapter(other, cipher);
            assertThatThrownBy(() -> TestDatabase.inTransaction(other, em -> {
                WebhookEndpoint stale = otherAdapter.loadById(endpoint.id()).orElseThrow();
                inTransaction(() -> { // another request changes the endpoint and commits first
                    WebhookEndpoint fresh = load().loadById(endpoint.id()).orElseThrow();
                    fresh.reconfigure(new EndpointUrl("https://two.example.com"), true, EventFilter.all(), T0);
                    adapter.save(fresh);
                });
                stale.disableBecauseGone(T0);
                otherAdapter.save(stale);
            })).isInstanceOf(PersistenceException.class);
        } finally {
            other.close();
        }
        WebhookEndpoint stored = load().loadById(endpoint.id()).orElseThrow();
        assertThat(stored.url().value()).isEqualTo("https://two.example.com");
        assertThat(stored.isEnabled()).isTrue();
    }

    private static WebhookEndpoint primary(String owner, String url) {
        return WebhookEndpoint.registerPrimary(owner, new EndpointUrl(url), true, EventFilter.all(),
                WebhookSecret.generate(RANDOM), T0);
    }
}
