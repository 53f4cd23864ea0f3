package com.roleready.notification.adapter.persistence;

import com.roleready.shared.adapter.persistence.TestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndpointPersistenceOnMariaDbTest extends EndpointPersistenceAdapterContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.mariaDb();

    @Override
    protected TestDatabase database() {
        return DATABASE.database();
    }
}
