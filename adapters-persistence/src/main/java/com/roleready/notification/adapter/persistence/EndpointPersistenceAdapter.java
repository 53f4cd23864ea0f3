package com.roleready.notification.adapter.persistence;

import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.domain.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores endpoints with JPA. Runs inside the caller's transaction (the application's
 * UnitOfWork); MANDATORY makes a missing transaction boundary fail loudly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EndpointPersistenceAdapter implements LoadEndpointsPort, SaveEndpointPort, DeleteEndpointPort {

    @PersistenceContext(unitName = "signals")
    EntityManager entityManager;

    protected EndpointPersistenceAdapter() {
        // for CDI
    }

    /** For tests outside the container. */
    EndpointPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<WebhookEndpoint> loadPrimary(String ownerId) {
        return entityManager.createNamedQuery(WebhookEndpointEntity.FIND_PRIMARY, WebhookEndpointEntity.class)
                .setParameter("ownerId", ownerId)
                .getResultStream()
                .findFirst()
                .map(WebhookEndpointMapper::toDomain);
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        WebhookEndpointEntity existing = entityManager.find(WebhookEndpointEntity.class, endpoint.id().toString());
        if (existing == null) {
            entityManager.persist(WebhookEndpointMapper.toNewEntity(endpoint));
        } else {
            WebhookEndpointMapper.copyMutableState(endpoint, existing);
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
}
