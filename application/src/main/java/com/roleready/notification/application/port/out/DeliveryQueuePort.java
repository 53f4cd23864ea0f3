package com.roleready.notification.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** The backlog the dispatcher works on, for metrics and health. */
public interface DeliveryQueuePort {

    long countDue(Instant now);

    Optional<Instant> oldestDue(Instant now);
}
