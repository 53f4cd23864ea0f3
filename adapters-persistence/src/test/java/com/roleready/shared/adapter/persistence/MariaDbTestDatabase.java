package com.roleready.shared.adapter.persistence;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A throwaway database on the MariaDB server (default 127.0.0.1:3306, root, no password), created
 * per test class and dropped afterwards so that runs never collide. When the server is unreachable
 * the tests are skipped with a message, unless REQUIRE_MARIADB=true (as in CI), where they fail.
 */
public final class MariaDbTestDatabase extends TestDatabase {

    private static final String SERVER_URL = System.getProperty("mariadb.test.url", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = System.getProperty("mariadb.test.user", "root");
    private static final String PASSWORD = System.getProperty("mariadb.test.password", "");

    private final String schema = "signals_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final MariaDbDataSource dataSource;

    private MariaDbTestDatabase(String urlOptions) throws SQLException {
        dataSource = new MariaDbDataSource(SERVER_URL + schema + urlOptions);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
    }

    public static MariaDbTestDatabase start() {
        return start("");
    }

    /** With driver options on the URL, e.g. {@code "?useBulkStmts=true"}. */
    public static MariaDbTestDatabase start(String urlOptions) {
        try {
            MariaDbTestDatabase db = new MariaDbTestDatabase(urlOptions);
            db.execute("CREATE DATABASE " + db.schema);
            db.open();
            return db;
        } catch (SQLException e) {
            String message = "MariaDB unreachable at " + SERVER_URL + " as " + USER + ": " + e.getMessage();
            if (Boolean.parseBoolean(System.getenv("REQUIRE_MARIADB"))) {
                fail(message + " (REQUIRE_MARIADB=true, so this is a failure)");
            }
            abort(message + " -- skipping MariaDB tests; start MariaDB or set -Dmariadb.test.url to run them");
            throw new IllegalStateException("unreachable");
        }
    }

    @Override
    public String name() {
        return "MariaDB " + schema;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        super.close();
        try {
            execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + schema, e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
