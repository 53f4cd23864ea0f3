package com.roleready.notification.application.port.in;

import com.roleready.shared.domain.DomainValidationException;
import java.util.List;

/** Several events published at once, stored in one transaction: all of them or none. */
public record PublishEventBatchCommand(List<PublishEventCommand> events) {

    /** Enough to amortise a request and a transaction, small enough for one short transaction. */
    public static final int MAX_EVENTS = 100;

    public PublishEventBatchCommand {
        if (events == null || events.isEmpty()) {
            throw new DomainValidationException("events", "events must hold at least one event");
        }
        if (events.size() > MAX_EVENTS) {
            throw new DomainValidationException("events", "a batch holds at most " + MAX_EVENTS + " events, not "
                    + events.size());
        }
        events = List.copyOf(events);
    }
}
