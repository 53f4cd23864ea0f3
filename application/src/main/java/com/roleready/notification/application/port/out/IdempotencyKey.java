package com.roleready.notification.application.port.out;

/** A publisher's idempotency key: unique per user, compared exactly (case-sensitive). */
public record IdempotencyKey(String ownerId, String key) {
}
