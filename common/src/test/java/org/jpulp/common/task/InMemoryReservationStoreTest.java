package org.jpulp.common.task;

class InMemoryReservationStoreTest extends ReservationStoreContract {

    @Override
    protected ReservationStore store() {
        return new InMemoryReservationStore();
    }
}
