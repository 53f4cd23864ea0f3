package com.roleready.notification.adapter.persistence;

import com.roleready.shared.adapter.persistence.TestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeliveryPurgeOnEmbeddedDatabaseTest extends DeliveryPurgeAdapterContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.embedded();

    @Override
    protected TestDatabase database() {
        return DATABASE.database();
    }
}
