package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Stores endpoints with JPA, their signing secrets encrypted. Runs inside the caller's transaction
 * (the application's UnitOfWork); MANDATORY makes a missing transaction boundary fail loudly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EndpointPersistenceAdapter implements LoadEndpointsPort, SaveEndpointPort, DeleteEndpointPort {

    private static final Logger LOG = Logger.getLogger(EndpointPersistenceAdapter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    @Inject
    SecretCipher secretCipher;

    protected EndpointPersistenceAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    EndpointPersistenceAdapter(EntityManager entityManager, SecretCipher secretCipher) {
        this.entityManager = entityManager;
        this.secretCipher = secretCipher;
    }

    @Override
    public Optional<WebhookEndpoint> loadPrimary(String ownerId) {
        return entityManager.createNamedQuery(WebhookEndpointEntity.FIND_PRIMARY, WebhookEndpointEntity.class)
                .setParameter("ownerId", ownerId)
                .getResultStream()
                .findFirst()
                .map(this::toDomain);
    }

    @Override
    public Optional<WebhookEndpoint> loadById(UUID endpointId) {
        return Optional.ofNullable(entityManager.find(WebhookEndpointEntity.class, endpointId.toString()))
                .map(this::toDomain);
    }

    @Override
    public Map<UUID, WebhookEndpoint> loadByIds(Collection<UUID> endpointIds) {
        if (endpointIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, WebhookEndpoint> found = new HashMap<>();
        entityManager.createNamedQuery(WebhookEndpointEntity.FIND_BY_IDS, WebhookEndpointEntity.class)
                .setParameter("ids", endpointIds.stream().map(UUID::toString).toList())
                .getResultStream()
                .forEach(entity -> found.put(UUID.fromString(entity.id()), toDomain(entity)));
        return found;
    }

    @Override
    public List<WebhookEndpoint> loadAllOf(String ownerId) {
        return entityManager.createNamedQuery(WebhookEndpointEntity.FIND_ALL_OF_OWNER, WebhookEndpointEntity.class)
                .setParameter("ownerId", ownerId)
                .getResultStream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public Map<String, List<WebhookEndpoint>> loadAllOf(Collection<String> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<WebhookEndpoint>> byOwner = new HashMap<>();
        entityManager.createNamedQuery(WebhookEndpointEntity.FIND_ALL_OF_OWNERS, WebhookEndpointEntity.class)
                .setParameter("ownerIds", List.copyOf(ownerIds))
                .getResultStream()
                // IN compares as the column's collation does; owners are case-sensitive, as for one owner
                .filter(entity -> ownerIds.contains(entity.ownerId()))
                .forEach(entity -> byOwner.computeIfAbsent(entity.ownerId(), owner -> new ArrayList<>())
                        .add(toDomain(entity)));
        return byOwner;
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        WebhookEndpointEntity existing = entityManager.find(WebhookEndpointEntity.class, endpoint.id().toString());
        if (existing == null) {
            entityManager.persist(WebhookEndpointMapper.toNewEntity(endpoint, secretCipher));
        } else {
            WebhookEndpointMapper.copyMutableState(endpoint, existing, secretCipher);
        }
        // Surface constraint violations (e.g. a racing second primary) inside the caller's unit of work.
        entityManager.flush();
    }

    @Override
    public void delete(UUID endpointId) {
        WebhookEndpointEntity existing = entityManager.find(WebhookEndpointEntity.class, endpointId.toString());
        if (existing != null) {
            entityManager.remove(existing);
        }
    }

    private WebhookEndpoint toDomain(WebhookEndpointEntity entity) {
        if (entity.lacksSecret()) {
            // Rows written before schema V2 (development data only) have no signing secret. The domain requires
            // one, so it is generated and stored with the caller's transaction. Nobody has seen it: the owner
            // regenerates the secret to learn it, as after any lost secret.
            entity.applySecrets(secretCipher.encrypt(WebhookSecret.generate(RANDOM).reveal()), null, null);
            LOG.warning(() -> "Endpoint " + entity.id() + " predates stored signing secrets; generated a new secret"
                    + " for it. Its owner must regenerate the secret to see it.");
        }
        return WebhookEndpointMapper.toDomain(entity, secretCipher);
    }
}
