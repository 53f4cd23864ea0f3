package com.roleready.notification.application.port.in;

import java.util.List;

/**
 * The dispatcher's two steps. Claiming is short and transactional; each attempt then runs on its
 * own sender thread, so one slow receiver never holds up the others.
 */
public interface DispatchDueDeliveriesUseCase {

    /** Leases up to {@code max} due deliveries to this server, each with its endpoint. */
    List<DueDelivery> claimDue(int max);

    /** Makes one HTTP attempt outside any transaction and records its outcome if the lease still holds. */
    void attempt(DueDelivery due);
}
