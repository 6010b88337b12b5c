package org.jpulp.common.schedule;

class InMemoryScheduleStoreTest extends ScheduleStoreContract {

    private final InMemoryScheduleStore store = new InMemoryScheduleStore(clock);

    @Override
    protected ScheduleStore store() {
        return store;
    }

    @Override
    protected ScheduleStore otherProcessStore() {
        return store;
    }
}
