package com.roleready.systemtest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A MariaDB database of its own for one system test ({@code signals_it_<random>}), created on the
 * MariaDB server of the persistence tests (default 127.0.0.1:3306, root, empty password; override
 * with -Dmariadb.test.url/-Dmariadb.test.user/-Dmariadb.test.password) and dropped by {@link #close}.
 * Without a reachable MariaDB the test is skipped with a message, unless REQUIRE_MARIADB=true (CI),
 * which makes it a failure: the same convention as adapters-persistence's MariaDbTestDatabase.
 */
final class ThrowawayMariaDb implements AutoCloseable {

    private static final String SERVER_URL = withSlash(System.getProperty("mariadb.test.url",
            "jdbc:mariadb://127.0.0.1:3306/"));
    static final String USER = System.getProperty("mariadb.test.user", "root");
    static final String PASSWORD = System.getProperty("mariadb.test.password", "");

    private final String name = "signals_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    private ThrowawayMariaDb() {
    }

    static ThrowawayMariaDb create() {
        ThrowawayMariaDb db = new ThrowawayMariaDb();
        try {
            db.executeOnServer("CREATE DATABASE " + db.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            String message = "MariaDB unreachable at " + SERVER_URL + " as " + USER + ": " + e.getMessage();
            if (Boolean.parseBoolean(System.getenv("REQUIRE_MARIADB"))) {
                fail(message + " (REQUIRE_MARIADB=true, so this is a failure)");
            }
            String skip = message + " -- skipping the system tests on MariaDB; start MariaDB or set -Dmariadb.test.url";
            // printed as well: an abort in @BeforeAll shows in the build only as "Tests run: 0"
            System.out.println("SKIPPED " + StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                    .getCallerClass().getSimpleName() + ": " + skip);
            abort(skip);
        }
        return db;
    }

    String name() {
        return name;
    }

    /** What a server gets as DB_URL. */
    String jdbcUrl() {
        return SERVER_URL + name;
    }

    /** Deliveries by state, straight from the table (no server involved). */
    TreeMap<String, Long> deliveriesByState() {
        return query("SELECT state, COUNT(*) FROM webhook_delivery GROUP BY state");
    }

    private TreeMap<String, Long> query(String sql) {
        TreeMap<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count deliveries in " + name, e);
        }
    }

    /** Pending deliveries with and without a lease (a lease = claimed by a server and not yet recorded). */
    TreeMap<String, Long> leasedDeliveries() {
        return query("SELECT IF(lease_token IS NULL, 'pending', 'leased'), COUNT(*) FROM webhook_delivery"
                + " WHERE state = 'PENDING' GROUP BY lease_token IS NULL");
    }

    /** Runs statements on this database, straight (no server involved), e.g. to plant old rows. */
    void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run statements on " + name, e);
        }
    }

    /** The single number a query such as {@code SELECT COUNT(*) …} answers. */
    long count(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count in " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            executeOnServer("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + name, e);
        }
    }

    private void executeOnServer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
