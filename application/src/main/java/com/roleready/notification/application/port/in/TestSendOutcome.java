package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.AttemptOutcome;
import java.util.UUID;

/** What happened when the test event was sent: also logged as a delivery. */
public record TestSendOutcome(UUID deliveryId, UUID endpointId, boolean success, AttemptOutcome outcome,
                              Integer statusCode, long durationMs, String error, String responseSnippet) {
}
