package com.roleready.notification.application.port.in;

import com.roleready.notification.application.port.out.ClaimedDelivery;
import java.util.List;

/**
 * The dispatcher's two steps. Claiming is short and transactional; each attempt then runs on its
 * own sender thread, so one slow receiver never holds up the others.
 */
public interface DispatchDueDeliveriesUseCase {

    /** Leases up to {@code max} due deliveries to this server. */
    List<ClaimedDelivery> claimDue(int max);

    /** Makes one HTTP attempt outside any transaction and records its outcome if the lease still holds. */
    void attempt(ClaimedDelivery claim);
}
