package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.DeliveryState;
import java.time.Duration;

/** Counts and times what the dispatcher does, for operators. */
public interface DeliveryMetricsPort {

    void attemptMade(AttemptOutcome outcome, Duration duration);

    void deliveryFinished(DeliveryState finalState);
}
