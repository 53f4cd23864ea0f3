package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The non-empty set of event types an endpoint subscribes to. */
public record EventFilter(Set<EventType> events) {

    public static final String FIELD = "enabledEvents";

    public EventFilter {
        if (events == null || events.isEmpty()) {
            throw new DomainValidationException(FIELD, FIELD + " must name at least one event type");
        }
        if (events.contains(EventType.WEBHOOK_TEST)) {
            throw new DomainValidationException(FIELD, "webhook.test cannot be subscribed to; it is sent by the test action");
        }
        events = Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    public static EventFilter all() {
        return new EventFilter(EventType.subscribable());
    }

    /** Parses wire names; rejects unknown names and duplicates (a duplicate is almost always a client bug). */
    public static EventFilter ofWireNames(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new DomainValidationException(FIELD, FIELD + " must name at least one event type");
        }
        EnumSet<EventType> parsed = EnumSet.noneOf(EventType.class);
        for (String name : names) {
            EventType type = EventType.fromWireName(name, FIELD);
            if (!parsed.add(type)) {
                throw new DomainValidationException(FIELD, FIELD + " lists '" + name + "' more than once");
            }
        }
        return new EventFilter(parsed);
    }

    public boolean accepts(EventType type) {
        return type == EventType.WEBHOOK_TEST || events.contains(type);
    }

    public List<String> wireNames() {
        return events.stream().map(EventType::wireName).toList();
    }
}
