package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.EndpointStoreContract;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.shared.adapter.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint-store contract, plus the database-only guarantees, on a real database. */
abstract class EndpointPersistenceAdapterContractTest extends EndpointStoreContract {

    private EntityManager entityManager;
    private EndpointPersistenceAdapter adapter;

    protected abstract TestDatabase database();

    @BeforeEach
    void openEntityManager() {
        entityManager = database().newEntityManager();
        adapter = new EndpointPersistenceAdapter(entityManager);
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

    private static WebhookEndpoint primary(String owner, String url) {
        return WebhookEndpoint.registerPrimary(owner, new EndpointUrl(url), true, EventFilter.all(), T0);
    }
}
