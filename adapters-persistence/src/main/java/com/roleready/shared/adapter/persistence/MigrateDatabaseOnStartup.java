package com.roleready.shared.adapter.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/** Migrates the schema when the application starts, before it reports ready. */
@ApplicationScoped
public class MigrateDatabaseOnStartup {

    private static final Logger LOG = Logger.getLogger(MigrateDatabaseOnStartup.class.getName());

    @Resource(lookup = "jdbc/signals")
    DataSource dataSource;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        MigrateResult result = DatabaseMigrator.migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " on " + result.database
                + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
