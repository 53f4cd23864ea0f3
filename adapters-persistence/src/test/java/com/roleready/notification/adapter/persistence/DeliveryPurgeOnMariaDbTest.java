package com.roleready.notification.adapter.persistence;

import com.roleready.shared.adapter.persistence.MariaDbTestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class DeliveryPurgeOnMariaDbTest extends DeliveryPurgeAdapterContractTest {

    private static MariaDbTestDatabase database;

    @BeforeAll
    static void startDatabase() {
        database = MariaDbTestDatabase.start();
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
