package com.roleready.shared.adapter.persistence;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one throwaway database before a test class and drops it after: register it as a static field with
 * {@code @RegisterExtension}. A MariaDB that is unreachable skips the class (or fails it with REQUIRE_MARIADB=true).
 */
public final class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<? extends TestDatabase> start;
    private TestDatabase database;

    public TestDatabaseExtension(Supplier<? extends TestDatabase> start) {
        this.start = start;
    }

    public static TestDatabaseExtension mariaDb() {
        return new TestDatabaseExtension(MariaDbTestDatabase::start);
    }

    public static TestDatabaseExtension embedded() {
        return new TestDatabaseExtension(EmbeddedTestDatabase::start);
    }

    /** The class's database; only between its start and its end. */
    public TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("the test database is not started: register the extension on a static field");
        }
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = start.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
