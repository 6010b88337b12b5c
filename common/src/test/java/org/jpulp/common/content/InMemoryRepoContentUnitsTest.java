package org.jpulp.common.content;

class InMemoryRepoContentUnitsTest extends RepoContentUnitsContract {

    @Override
    protected RepoContentUnits associations() {
        return new InMemoryRepoContentUnits(clock);
    }
}
