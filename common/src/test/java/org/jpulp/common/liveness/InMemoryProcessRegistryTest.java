package org.jpulp.common.liveness;

class InMemoryProcessRegistryTest extends ProcessRegistryContract {

    @Override
    protected ProcessRegistry registry() {
        return new InMemoryProcessRegistry();
    }
}
