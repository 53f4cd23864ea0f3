package com.roleready.shared.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway. The same migrations serve MariaDB and
 * the embedded H2: {@code db/migration/common} for both, {@code db/migration/<vendor>} for SQL
 * that must differ. The vendor folder is chosen here rather than with Flyway's {@code {vendor}}
 * placeholder, which Flyway cannot resolve inside a Liberty WAR.
 */
public final class DatabaseMigrator {

    static final String COMMON_LOCATION = "classpath:db/migration/common";

    private DatabaseMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        String vendorLocation = "classpath:db/migration/" + vendorOf(dataSource);
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON_LOCATION, vendorLocation)
                .callbackLocations(COMMON_LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("mariadb") || product.contains("mysql")) {
                return "mariadb";
            }
            throw new IllegalStateException("unsupported database: " + product + " (use MariaDB or the embedded H2)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to migrate it", e);
        }
    }
}
