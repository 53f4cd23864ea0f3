package com.roleready.notification.application.port.in;

import java.util.Optional;
import java.util.UUID;

public interface SendTestEventUseCase {

    /** Sends a signed webhook.test to the endpoint (the primary one when none is named) now, once. */
    TestSendOutcome sendTest(String userId, Optional<UUID> endpointId);
}
