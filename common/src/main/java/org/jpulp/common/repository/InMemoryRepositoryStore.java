package org.jpulp.common.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.CriteriaMatcher;
import org.jpulp.common.error.DuplicateResource;

/** {@link RepositoryStore} in memory, for tests; searches match the stored documents as MongoDB would. */
public final class InMemoryRepositoryStore implements RepositoryStore {

    private final Map<String, Repository> repositories = new LinkedHashMap<>();
    private final Map<String, Importer> importers = new LinkedHashMap<>();
    private final Map<String, Map<String, Distributor>> distributors = new LinkedHashMap<>();

    @Override
    public synchronized Repository insert(Repository repository) {
        if (repositories.containsKey(repository.id())) {
            throw new DuplicateResource(repository.id());
        }
        Repository stored = repository.objectId() == null ? repository.withObjectId(new ObjectId().toHexString())
                : repository;
        repositories.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Repository> find(String id) {
        return Optional.ofNullable(repositories.get(id));
    }

    @Override
    public synchronized List<Repository> search(Criteria criteria) {
        List<Map<String, Object>> docs = new ArrayList<>();
        repositories.values().forEach(r -> docs.add(RepositoryDocuments.repository(r)));
        return CriteriaMatcher.select(docs, criteria, REPOSITORY_FIELDS).stream()
                .map(d -> repositories.get((String) d.get("repo_id"))).toList();
    }

    @Override
    public synchronized Optional<Repository> update(String id, RepositoryDelta delta) {
        Repository current = repositories.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Repository updated = delta.applyTo(current);
        repositories.put(id, updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized Optional<Repository> updateContent(String id, Map<String, Long> counts, Instant lastUnitAdded,
                                                           Instant lastUnitRemoved) {
        Repository r = repositories.get(id);
        if (r == null) {
            return Optional.empty();
        }
        Repository updated = new Repository(r.id(), r.objectId(), r.displayName(), r.description(), r.notes(),
                r.scratchpad(), counts, lastUnitAdded == null ? r.lastUnitAdded() : lastUnitAdded,
                lastUnitRemoved == null ? r.lastUnitRemoved() : lastUnitRemoved);
        repositories.put(id, updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized boolean markSynced(String repoId, Instant when) {
        Importer i = importers.get(repoId);
        if (i == null) {
            return false;
        }
        importers.put(repoId, new Importer(i.repoId(), i.importerTypeId(), i.objectId(), i.config(), i.scratchpad(),
                when, i.lastUpdated()));
        return true;
    }

    @Override
    public synchronized boolean markPublished(String repoId, String distributorId, Instant when) {
        Map<String, Distributor> ofRepo = distributors.get(repoId);
        Distributor d = ofRepo == null ? null : ofRepo.get(distributorId);
        if (d == null) {
            return false;
        }
        ofRepo.put(distributorId, new Distributor(d.repoId(), d.distributorId(), d.distributorTypeId(), d.objectId(),
                d.config(), d.autoPublish(), when, d.lastUpdated(), d.scratchpad()));
        return true;
    }

    @Override
    public synchronized boolean delete(String id) {
        importers.remove(id);
        distributors.remove(id);
        return repositories.remove(id) != null;
    }

    @Override
    public synchronized Optional<Importer> importer(String repoId) {
        return Optional.ofNullable(importers.get(repoId));
    }

    @Override
    public synchronized List<Importer> importers(Collection<String> repoIds) {
        return repoIds.stream().map(importers::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized Importer setImporter(Importer importer) {
        Importer stored = importer.withObjectId(new ObjectId().toHexString());
        importers.put(importer.repoId(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Importer> updateImporterConfig(String repoId, Map<String, Object> delta, Instant now) {
        Importer current = importers.get(repoId);
        if (current == null) {
            return Optional.empty();
        }
        Importer updated = current.withConfigDelta(delta, now);
        importers.put(repoId, updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized boolean removeImporter(String repoId) {
        return importers.remove(repoId) != null;
    }

    @Override
    public synchronized List<Distributor> distributors(String repoId) {
        return distributors(List.of(repoId));
    }

    @Override
    public synchronized List<Distributor> distributors(Collection<String> repoIds) {
        return repoIds.stream().sorted().distinct()
                .flatMap(id -> distributors.getOrDefault(id, Map.of()).values().stream()
                        .sorted(java.util.Comparator.comparing(Distributor::distributorId))).toList();
    }

    @Override
    public synchronized Optional<Distributor> distributor(String repoId, String distributorId) {
        return Optional.ofNullable(distributors.getOrDefault(repoId, Map.of()).get(distributorId));
    }

    @Override
    public synchronized Distributor putDistributor(Distributor distributor) {
        Distributor stored = distributor.withObjectId(new ObjectId().toHexString());
        distributors.computeIfAbsent(distributor.repoId(), k -> new LinkedHashMap<>())
                .put(distributor.distributorId(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Distributor> updateDistributor(String repoId, String distributorId,
                                                             Map<String, Object> delta, Boolean autoPublish,
                                                             Instant now) {
        Map<String, Distributor> ofRepo = distributors.get(repoId);
        if (ofRepo == null || !ofRepo.containsKey(distributorId)) {
            return Optional.empty();
        }
        Distributor updated = ofRepo.get(distributorId).updated(delta, autoPublish, now);
        ofRepo.put(distributorId, updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized boolean removeDistributor(String repoId, String distributorId) {
        Map<String, Distributor> ofRepo = distributors.get(repoId);
        return ofRepo != null && ofRepo.remove(distributorId) != null;
    }
}
