package com.roleready.notification.application.port.in;

import java.util.concurrent.Executor;

public interface DispatchDueDeliveriesUseCase {

    /**
     * Claims one batch of due deliveries, attempts each on the given executor and waits for them;
     * returns how many were claimed (a full batch means more may be waiting).
     */
    int dispatchDue(Executor senders);
}
