package com.roleready.notification.application.port.out;

import java.util.function.Supplier;

class InMemoryDeliveryPurgeTest extends DeliveryPurgeContract {

    private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();

    @Override
    protected SaveEventPort saveEvent() {
        return store;
    }

    @Override
    protected FindPublishedEventPort findEvent() {
        return store;
    }

    @Override
    protected SaveDeliveryPort saveDelivery() {
        return store;
    }

    @Override
    protected LoadDeliveriesPort loadDeliveries() {
        return store;
    }

    @Override
    protected PurgeDeliveriesPort purge() {
        return store;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
