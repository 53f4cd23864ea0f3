package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The events a user can subscribe to, with their exact wire names. */
public enum EventType {
    RESUME_PARSED("resume.parsed"),
    RESUME_PARSE_FAILED("resume.parse_failed"),
    ATS_CHECK_COMPLETED("ats.check_completed"),
    ATS_CHECK_FAILED("ats.check_failed"),
    TAILORING_COMPLETED("tailoring.completed"),
    TAILORING_FAILED("tailoring.failed"),
    OPERATION_CANCELLED("operation.cancelled"),
    /** Sent only by "test my endpoint"; never part of a subscription. */
    WEBHOOK_TEST("webhook.test");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isSubscribable() {
        return this != WEBHOOK_TEST;
    }

    /** Every event type a user may subscribe to: the default subscription. */
    public static Set<EventType> subscribable() {
        EnumSet<EventType> all = EnumSet.allOf(EventType.class);
        all.remove(WEBHOOK_TEST);
        return all;
    }

    public static EventType fromWireName(String name, String field) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new DomainValidationException(field,
                        "unknown event type '" + name + "'; expected one of " + subscribable().stream()
                                .map(EventType::wireName).toList()));
    }
}
