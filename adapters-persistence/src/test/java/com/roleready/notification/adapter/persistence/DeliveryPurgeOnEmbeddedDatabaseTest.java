package com.roleready.notification.adapter.persistence;

import com.roleready.shared.adapter.persistence.EmbeddedTestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class DeliveryPurgeOnEmbeddedDatabaseTest extends DeliveryPurgeAdapterContractTest {

    private static EmbeddedTestDatabase database;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedTestDatabase.start();
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected TestDatabase database() {
        return database;
    }
}
