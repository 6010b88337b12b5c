package org.jpulp.restapi.repository;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.RepositoryStore;

/** Lookups every repository resource needs: 404s in Pulp's form, and rendering with details in bulk. */
final class Repositories {

    private final RepositoryStore store;

    @Inject
    Repositories(RepositoryStore store) {
        this.store = store;
    }

    RepositoryStore store() {
        return store;
    }

    Repository get(String id) {
        return store.find(id).orElseThrow(() -> new MissingResource("repository", id));
    }

    Importer importer(String repoId, String importerId) {
        get(repoId);
        return store.importer(repoId).filter(i -> i.id().equals(importerId))
                .orElseThrow(() -> MissingResource.of("repository", repoId, "importer", importerId));
    }

    Distributor distributor(String repoId, String distributorId) {
        get(repoId);
        return store.distributor(repoId, distributorId)
                .orElseThrow(() -> MissingResource.of("repository", repoId, "distributor", distributorId));
    }

    List<Map<String, Object>> render(List<Repository> repos, RepositoryJson.Details details) {
        if (!details.any()) {
            return repos.stream().map(RepositoryJson::repository).toList();
        }
        List<String> ids = repos.stream().map(Repository::id).toList();
        Map<String, List<Importer>> importers = details.importers() ? store.importers(ids).stream()
                .collect(Collectors.groupingBy(Importer::repoId)) : Map.of();
        Map<String, List<Distributor>> distributors = details.distributors() ? store.distributors(ids).stream()
                .collect(Collectors.groupingBy(Distributor::repoId)) : Map.of();
        return repos.stream().map(r -> RepositoryJson.repository(r, details, importers.getOrDefault(r.id(), List.of()),
                distributors.getOrDefault(r.id(), List.of()))).toList();
    }

    Map<String, Object> render(Repository repo, RepositoryJson.Details details) {
        return render(List.of(repo), details).get(0);
    }
}
