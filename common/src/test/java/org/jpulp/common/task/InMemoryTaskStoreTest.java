package org.jpulp.common.task;

class InMemoryTaskStoreTest extends TaskStoreContract {

    @Override
    protected TaskStore store() {
        return new InMemoryTaskStore();
    }
}
