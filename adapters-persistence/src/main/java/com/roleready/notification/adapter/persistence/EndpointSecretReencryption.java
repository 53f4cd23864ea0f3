package com.roleready.notification.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Moves the endpoints' stored signing secrets from the previous secret-encryption keys to the current one, a batch per
 * transaction, after a key rotation (ADR 0019). Only values under a key that still decrypts are picked, so a value
 * under an unknown key can never keep a batch busy; the rows are locked for the batch, so two servers never rewrite
 * the same row at once, and a concurrent save of the endpoint waits and then sees the new version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EndpointSecretReencryption {

    private static final Logger LOG = Logger.getLogger(EndpointSecretReencryption.class.getName());

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    @Inject
    SecretCipher secretCipher;

    protected EndpointSecretReencryption() {
        // for CDI
    }

    /** For tests outside the container. */
    EndpointSecretReencryption(EntityManager entityManager, SecretCipher secretCipher) {
        this.entityManager = entityManager;
        this.secretCipher = secretCipher;
    }

    /** Re-encrypts up to {@code max} endpoints' secrets under the current key; answers how many. */
    public int reencryptBatch(int max) {
        List<String> previousIds = new ArrayList<>(secretCipher.previousKeyIds());
        if (previousIds.isEmpty() || max <= 0) {
            return 0;
        }
        int reencrypted = 0;
        for (WebhookEndpointEntity entity : underPreviousKeys(previousIds, max)) {
            try {
                String current = secretCipher.decrypt(entity.secretCurrent());
                String previous = entity.secretPrevious() == null ? null
                        : secretCipher.decrypt(entity.secretPrevious());
                entity.applySecrets(secretCipher.encrypt(current),
                        previous == null ? null : secretCipher.encrypt(previous), entity.secretPreviousValidUntil());
                reencrypted++;
            } catch (IllegalStateException unreadable) {
                // tampered with: left as it is (its deliveries fail and say why); the others still move over
                LOG.warning(() -> "Endpoint " + entity.id() + ": its stored signing secret cannot be re-encrypted: "
                        + unreadable.getMessage());
            }
        }
        entityManager.flush();
        return reencrypted;
    }

    /**
     * Locks the batch's rows with a native {@code … LIMIT ? FOR UPDATE} (EclipseLink would put FOR UPDATE before
     * LIMIT, which H2 refuses), then reads them as entities.
     */
    @SuppressWarnings("unchecked") // a native query of one column returns its values
    private List<WebhookEndpointEntity> underPreviousKeys(List<String> keyIds, int max) {
        StringBuilder sql = new StringBuilder("SELECT id FROM webhook_endpoint WHERE ");
        for (int i = 0; i < keyIds.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("secret_current LIKE ?").append(2 * i + 1)
                    .append(" OR secret_previous LIKE ?").append(2 * i + 2);
        }
        sql.append(" ORDER BY id LIMIT ?").append(2 * keyIds.size() + 1).append(" FOR UPDATE");
        Query query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < keyIds.size(); i++) {
            String prefix = keyIds.get(i) + ":%"; // key ids are hex digits or "dev": no LIKE wildcards
            query.setParameter(2 * i + 1, prefix).setParameter(2 * i + 2, prefix);
        }
        List<String> ids = query.setParameter(2 * keyIds.size() + 1, max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createNamedQuery(WebhookEndpointEntity.FIND_BY_IDS, WebhookEndpointEntity.class)
                .setParameter("ids", ids).getResultList();
    }
}
