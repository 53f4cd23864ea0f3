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
import java.util.List;
import java.util.function.ToIntFunction;

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

    /** At most this many rows per multi-row INSERT. */
    static final int MAX_ROWS_PER_INSERT = 100;
    /**
     * At most about this many characters of text per multi-row INSERT, so that the statement stays far below
     * MariaDB's default max_allowed_packet (16 MiB) even in 4-byte UTF-8; a single larger row goes alone.
     */
    static final int MAX_CHARS_PER_INSERT = 1_000_000;

    /** Binds one row's values to the parameters from {@code first} on. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    /**
     * Inserts the rows with one multi-row {@code INSERT … VALUES (…), (…)} per chunk: the database parses, plans and
     * locks once per chunk, where a JDBC batch of single-row INSERTs costs a statement per row (MariaDB's driver
     * sends client-side prepared batches row by row).
     *
     * @param insertInto "INSERT INTO table (col, …)"
     * @param valuesTuple one row's "(?, ?, …)", which may also hold literals
     * @param parameters the number of '?' in {@code valuesTuple}
     * @param textChars each row's characters of text, to keep a chunk's size bounded
     */
    public static <T> void insertAll(Connection connection, String insertInto, String valuesTuple, int parameters,
                                     List<T> rows, ToIntFunction<T> textChars, RowBinder<T> binder)
            throws SQLException {
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            long chars = 0;
            while (to < rows.size() && to - from < MAX_ROWS_PER_INSERT
                    && (to == from || chars + textChars.applyAsInt(rows.get(to)) <= MAX_CHARS_PER_INSERT)) {
                chars += textChars.applyAsInt(rows.get(to));
                to++;
            }
            String sql = insertInto + " VALUES " + String.join(", ", Collections.nCopies(to - from, valuesTuple));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = from; i < to; i++) {
                    binder.bind(insert, 1 + (i - from) * parameters, rows.get(i));
                }
                insert.executeUpdate();
            }
            from = to;
        }
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
