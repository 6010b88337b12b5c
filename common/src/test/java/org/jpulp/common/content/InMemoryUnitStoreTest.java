package org.jpulp.common.content;

class InMemoryUnitStoreTest extends UnitStoreContract {

    @Override
    protected UnitStore store() {
        return new InMemoryUnitStore(TYPES, clock);
    }
}
