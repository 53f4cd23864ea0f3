package com.roleready.notification.domain;

/** pending → delivered | failed | cancelled; failed → pending again only by an explicit redelivery. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED,
    CANCELLED;

    public boolean isFinal() {
        return this != PENDING;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
