package com.roleready.shared.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/**
 * Plain JDBC on the persistence context's own connection, inside its transaction, for the few statements on the
 * delivery hot path that run many times per second (ADR 0017). Values are written as the entities' converters
 * write them: instants as UTC DATETIME(6), so that JPA reads the same rows back unchanged.
 */
public final class PlainJdbc {

    private PlainJdbc() {
    }

    /**
     * The connection of the current transaction (EclipseLink joins it to the JTA or resource-local transaction
     * first). Never closed here: the persistence context returns it when the transaction ends.
     */
    public static Connection connectionOf(EntityManager entityManager) {
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("plain JDBC needs an active transaction");
        }
        return connection;
    }

    /** "?, ?, ?" for an IN list of {@code count} values. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    public static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    public static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** The same exception type a failed JPA statement throws, so callers handle both alike. */
    public static PersistenceException failed(String what, SQLException cause) {
        return new PersistenceException(what + " failed: " + cause.getMessage(), cause);
    }
}
