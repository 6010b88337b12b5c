package org.jpulp.common.repository;

import org.junit.jupiter.api.BeforeEach;

class InMemoryRepositoryHistoryTest extends RepositoryHistoryContract {

    private RepositoryHistory history;

    @BeforeEach
    void create() {
        history = new InMemoryRepositoryHistory();
    }

    @Override
    protected RepositoryHistory history() {
        return history;
    }
}
