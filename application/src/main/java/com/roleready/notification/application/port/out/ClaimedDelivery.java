package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;

/** A delivery leased to this server; {@code leaseToken} identifies the lease. */
public record ClaimedDelivery(Delivery delivery, String leaseToken) {
}
