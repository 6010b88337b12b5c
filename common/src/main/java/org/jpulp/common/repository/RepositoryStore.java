package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.FieldMap;

/**
 * Repositories with their importer and distributors ({@code repos}, {@code repo_importers},
 * {@code repo_distributors}). {@link org.jpulp.common.repository.mongo.MongoRepositoryStore} is the real one,
 * {@link InMemoryRepositoryStore} its twin for tests; both pass the same contract. Thread-safe.
 */
public interface RepositoryStore {

    /** External search names: {@code id} is stored as {@code repo_id}; {@code _id} holds an ObjectId. */
    FieldMap REPOSITORY_FIELDS = new FieldMap(Map.of("id", "repo_id"), java.util.Set.of("_id"), java.util.Set.of());

    /** Stores a new repository and returns it with its ObjectId; {@link org.jpulp.common.error.DuplicateResource}
     * when the id is taken. */
    Repository insert(Repository repository);

    Optional<Repository> find(String id);

    /** Repositories matching validated criteria in {@link #REPOSITORY_FIELDS} names; projection is not applied. */
    List<Repository> search(Criteria criteria);

    /** Applies a delta; empty when there is no such repository. */
    Optional<Repository> update(String id, RepositoryDelta delta);

    /**
     * Sets {@code content_unit_counts} and, when not null, {@code last_unit_added} and {@code last_unit_removed}
     * (after a sync, upload or removal); empty when there is no such repository.
     */
    Optional<Repository> updateContent(String id, Map<String, Long> counts, Instant lastUnitAdded,
                                       Instant lastUnitRemoved);

    /** Stamps the importer's {@code last_sync}; false when the repository has no importer. */
    boolean markSynced(String repoId, Instant when);

    /** Stamps the distributor's {@code last_publish}; false when there is no such distributor. */
    boolean markPublished(String repoId, String distributorId, Instant when);

    /** Removes the repository, its importer and its distributors; false when there was none. */
    boolean delete(String id);

    Optional<Importer> importer(String repoId);

    /** The importers of several repositories at once. */
    List<Importer> importers(Collection<String> repoIds);

    /** Sets (or replaces) the repository's importer. */
    Importer setImporter(Importer importer);

    /** Merges a config delta into the importer; empty when the repository has no importer. */
    Optional<Importer> updateImporterConfig(String repoId, Map<String, Object> delta, Instant now);

    boolean removeImporter(String repoId);

    /** The repository's distributors, by id. */
    List<Distributor> distributors(String repoId);

    /** The distributors of several repositories at once, by repository and id. */
    List<Distributor> distributors(Collection<String> repoIds);

    Optional<Distributor> distributor(String repoId, String distributorId);

    /** Adds a distributor, replacing one with the same id. */
    Distributor putDistributor(Distributor distributor);

    /** Merges a config delta and sets auto_publish when not null; empty when there is no such distributor. */
    Optional<Distributor> updateDistributor(String repoId, String distributorId, Map<String, Object> delta,
                                            Boolean autoPublish, Instant now);

    boolean removeDistributor(String repoId, String distributorId);
}
