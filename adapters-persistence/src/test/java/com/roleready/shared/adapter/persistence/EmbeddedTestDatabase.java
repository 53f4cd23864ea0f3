package com.roleready.shared.adapter.persistence;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A private in-memory H2 database in MariaDB mode, configured like the service's embedded default. */
public final class EmbeddedTestDatabase extends TestDatabase {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    private EmbeddedTestDatabase() {
        dataSource.setURL("jdbc:h2:mem:signals-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    public static EmbeddedTestDatabase start() {
        EmbeddedTestDatabase db = new EmbeddedTestDatabase();
        db.open();
        return db;
    }

    @Override
    public String name() {
        return "embedded H2";
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }
}
