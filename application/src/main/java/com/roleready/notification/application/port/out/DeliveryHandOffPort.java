package com.roleready.notification.application.port.out;

import com.roleready.notification.application.port.in.DueDelivery;
import java.util.List;

/**
 * This server's dispatcher as a publish sees it. A publish reserves free in-flight slots while its transaction runs,
 * stores the deliveries it has slots for already leased to this server, and hands them over after the commit: they
 * skip the claim transaction (a locking SELECT and an UPDATE per batch, the payload read back, the endpoint read
 * again) that deliveries found by polling go through (ADR 0020).
 */
public interface DeliveryHandOffPort {

    /** No dispatcher takes deliveries straight from a publish: every delivery waits for a claim. */
    DeliveryHandOffPort NONE = new DeliveryHandOffPort() {
        @Override
        public int reserve(int wanted) {
            return 0;
        }

        @Override
        public void release(int slots) {
            // nothing was reserved
        }

        @Override
        public void handOff(List<DueDelivery> leased) {
            throw new IllegalStateException("nothing was reserved");
        }
    };

    /** Reserves up to {@code wanted} slots and answers how many it got: 0 when the dispatcher is busy or off. */
    int reserve(int wanted);

    /** Gives back reserved slots that no delivery will use (the publish rolled back or needed fewer). */
    void release(int slots);

    /** After the commit: attempts each delivery, stored leased to this server, on one of the slots reserved for it. */
    void handOff(List<DueDelivery> leased);
}
