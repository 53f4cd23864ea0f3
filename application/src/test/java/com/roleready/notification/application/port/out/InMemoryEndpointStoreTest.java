package com.roleready.notification.application.port.out;

class InMemoryEndpointStoreTest extends EndpointStoreContract {

    private final InMemoryEndpointStore store = new InMemoryEndpointStore();

    @Override
    protected LoadEndpointsPort load() {
        return store;
    }

    @Override
    protected SaveEndpointPort save() {
        return store;
    }

    @Override
    protected DeleteEndpointPort delete() {
        return store;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
