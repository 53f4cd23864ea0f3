package com.roleready.shared.adapter.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway. The same migrations serve MariaDB and
 * the embedded H2; {@code {vendor}} picks the folder for SQL that must differ.
 */
public final class DatabaseMigrator {

    static final String[] LOCATIONS = {"classpath:db/migration/common", "classpath:db/migration/{vendor}"};

    private DatabaseMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATIONS)
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }
}
