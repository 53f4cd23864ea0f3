package com.roleready.shared.adapter.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a unique-index violation by the index's name in the driver's message, which both MariaDB
 * ("Duplicate entry … for key 'ux_…'") and H2 ("Unique index or primary key violation: … UX_…") give, also
 * inside a JDBC batch. Other integrity violations (a foreign key, a NOT NULL) are not mistaken for it.
 */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean of(Throwable failure, String indexName) {
        String index = indexName.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && mentions(sql, index)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(SQLException sql, String index) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
            String state = each.getSQLState();
            String message = each.getMessage();
            if (state != null && state.startsWith("23") && message != null
                    && message.toLowerCase(Locale.ROOT).contains(index)) {
                return true;
            }
        }
        return false;
    }
}
