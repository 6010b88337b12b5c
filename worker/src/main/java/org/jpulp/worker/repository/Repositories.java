package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.RepositoryStore;

/** Lookups a repository task re-checks before it acts: what it names must still exist, and its plugin be installed. */
final class Repositories {

    private final RepositoryStore store;
    private final PluginRegistry plugins;

    @Inject
    Repositories(RepositoryStore store, PluginRegistry plugins) {
        this.store = store;
        this.plugins = plugins;
    }

    RepositoryStore store() {
        return store;
    }

    Repository repository(String repoId) {
        return store.find(repoId).orElseThrow(() -> new MissingResource("repository", repoId));
    }

    Importer importer(String repoId) {
        repository(repoId);
        return store.importer(repoId).orElseThrow(() -> MissingResource.of("repository", repoId, "importer",
                "(none)"));
    }

    Distributor distributor(String repoId, String distributorId) {
        repository(repoId);
        return store.distributor(repoId, distributorId)
                .orElseThrow(() -> MissingResource.of("repository", repoId, "distributor", distributorId));
    }

    ImporterType importerType(String typeId) {
        return plugins.importer(typeId)
                .orElseThrow(() -> new PluginException("the importer type " + typeId + " is not installed"));
    }

    DistributorType distributorType(String typeId) {
        return plugins.distributor(typeId)
                .orElseThrow(() -> new PluginException("the distributor type " + typeId + " is not installed"));
    }
}
