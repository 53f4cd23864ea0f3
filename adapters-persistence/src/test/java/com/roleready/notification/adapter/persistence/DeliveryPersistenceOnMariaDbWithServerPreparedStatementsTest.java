package com.roleready.notification.adapter.persistence;

import com.roleready.shared.adapter.persistence.MariaDbTestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabase;
import com.roleready.shared.adapter.persistence.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same contract with {@code useServerPrepStmts=true} on the URL, which OPERATIONS.md offers for MariaDB: batched
 * statements then travel as binary executions of one prepared statement, and the record step's row counts must
 * still tell which leases held.
 */
class DeliveryPersistenceOnMariaDbWithServerPreparedStatementsTest extends DeliveryPersistenceAdapterContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE =
            new TestDatabaseExtension(() -> MariaDbTestDatabase.start("?useServerPrepStmts=true"));

    @Override
    protected TestDatabase database() {
        return DATABASE.database();
    }
}
