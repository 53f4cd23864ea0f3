package com.roleready.notification.application.port.in;

import java.util.List;

/**
 * The dispatcher's steps. Claiming is short and transactional; each attempt then runs on its own sender thread, so
 * one slow receiver never holds up the others; outcomes are recorded in short transactions, several at a time.
 */
public interface DispatchDueDeliveriesUseCase {

    /** Leases up to {@code max} due deliveries to this server, each with its endpoint. */
    List<DueDelivery> claimDue(int max);

    /**
     * Makes one HTTP attempt outside any transaction (or cancels the delivery if its endpoint is gone or disabled)
     * and returns the outcome to record. Nothing is stored yet.
     */
    SentAttempt send(DueDelivery due);

    /**
     * Records the outcomes in one transaction, each only where its lease still holds. Should that transaction
     * fail, each outcome is recorded in a transaction of its own, so that one bad row costs no other outcome.
     */
    void recordAll(List<SentAttempt> sent);

    /** {@link #send} and then {@link #recordAll} for this one attempt. */
    default void attempt(DueDelivery due) {
        recordAll(List.of(send(due)));
    }
}
