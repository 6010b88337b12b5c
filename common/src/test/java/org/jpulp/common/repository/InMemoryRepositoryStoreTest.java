package org.jpulp.common.repository;

import org.junit.jupiter.api.BeforeEach;

class InMemoryRepositoryStoreTest extends RepositoryStoreContract {

    private RepositoryStore store;

    @BeforeEach
    void create() {
        store = new InMemoryRepositoryStore();
    }

    @Override
    protected RepositoryStore store() {
        return store;
    }
}
