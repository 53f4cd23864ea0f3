package com.roleready.shared.adapter.rest.problem;

import com.roleready.notification.domain.PayloadTooLargeException;
import com.roleready.shared.domain.DomainValidationException;
import java.util.function.Supplier;

/** Names a field inside a list item, e.g. {@code events[3].type}, so that a client sees which item was refused. */
public final class FieldPrefix {

    private FieldPrefix() {
    }

    public static <T> T apply(String prefix, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (PayloadTooLargeException e) {
            throw new PayloadTooLargeException(prefixed(prefix, e.field()), e.getMessage());
        } catch (DomainValidationException e) {
            throw new DomainValidationException(prefixed(prefix, e.field()), e.getMessage());
        }
    }

    private static String prefixed(String prefix, String field) {
        return field == null || "body".equals(field) ? prefix : prefix + "." + field;
    }
}
