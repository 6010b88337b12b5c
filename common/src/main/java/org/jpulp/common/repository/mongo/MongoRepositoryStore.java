package org.jpulp.common.repository.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.mongo.MongoCriteria;
import org.jpulp.common.error.DuplicateResource;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.PulpException;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.RepositoryDelta;
import org.jpulp.common.repository.RepositoryDocuments;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.schema.PulpCollections;

/** {@link RepositoryStore} on MongoDB, relying on the unique indexes of the platform migrations. */
public final class MongoRepositoryStore implements RepositoryStore {

    private static final FindOneAndUpdateOptions AFTER_UPDATE =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    private static final FindOneAndReplaceOptions UPSERT_AFTER =
            new FindOneAndReplaceOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> repos;
    private final MongoCollection<Document> importers;
    private final MongoCollection<Document> distributors;

    public MongoRepositoryStore(MongoDatabase db) {
        this.repos = db.getCollection(PulpCollections.REPOS);
        this.importers = db.getCollection(PulpCollections.REPO_IMPORTERS);
        this.distributors = db.getCollection(PulpCollections.REPO_DISTRIBUTORS);
    }

    @Override
    public Repository insert(Repository repository) {
        Repository stored = repository.objectId() == null ? repository.withObjectId(new ObjectId().toHexString())
                : repository;
        try {
            repos.insertOne(RepositoryDocuments.repository(stored));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateResource(repository.id());
            }
            throw e;
        }
        return stored;
    }

    @Override
    public Optional<Repository> find(String id) {
        return Optional.ofNullable(repos.find(eq("repo_id", id)).first()).map(RepositoryDocuments::repository);
    }

    @Override
    public List<Repository> search(Criteria criteria) {
        try {
            List<Repository> found = new ArrayList<>();
            MongoCriteria.apply(repos.find(MongoCriteria.filter(criteria, REPOSITORY_FIELDS)),
                    criteria.withoutProjection(), REPOSITORY_FIELDS, List.of()).forEach(d -> found.add(RepositoryDocuments.repository(d)));
            return found;
        } catch (MongoException e) {
            throw criteriaRejected(e);
        }
    }

    /** The database refused a validated query (e.g. a regular expression it cannot run): Pulp answers 400. */
    static InvalidValue criteriaRejected(MongoException e) {
        return new InvalidValue(List.of("criteria"), "Invalid properties: ['criteria']",
                List.of(new PulpException(400, "PLP0000", e.getMessage(), Map.of())));
    }

    @Override
    public Optional<Repository> update(String id, RepositoryDelta delta) {
        if (delta.isEmpty()) {
            return find(id);
        }
        Document set = new Document();
        Document unset = new Document();
        delta.fields().forEach((k, v) -> set.append(k, v instanceof Map<?, ?> m ? new Document(cast(m)) : v));
        delta.notes().forEach((k, v) -> {
            if (v == null) {
                unset.append("notes." + k, "");
            } else {
                set.append("notes." + k, v);
            }
        });
        Document update = new Document();
        if (!set.isEmpty()) {
            update.append("$set", set);
        }
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        return Optional.ofNullable(repos.findOneAndUpdate(eq("repo_id", id), update, AFTER_UPDATE))
                .map(RepositoryDocuments::repository);
    }

    @Override
    public Optional<Repository> updateContent(String id, Map<String, Long> counts, Instant lastUnitAdded,
                                              Instant lastUnitRemoved) {
        Document set = new Document("content_unit_counts", new Document(new java.util.LinkedHashMap<>(counts)));
        if (lastUnitAdded != null) {
            set.append("last_unit_added", Date.from(lastUnitAdded));
        }
        if (lastUnitRemoved != null) {
            set.append("last_unit_removed", Date.from(lastUnitRemoved));
        }
        return Optional.ofNullable(repos.findOneAndUpdate(eq("repo_id", id), new Document("$set", set),
                AFTER_UPDATE)).map(RepositoryDocuments::repository);
    }

    @Override
    public boolean markSynced(String repoId, Instant when) {
        return importers.updateOne(eq("repo_id", repoId),
                new Document("$set", new Document("last_sync", Date.from(when)))).getMatchedCount() > 0;
    }

    @Override
    public boolean markPublished(String repoId, String distributorId, Instant when) {
        return distributors.updateOne(and(eq("repo_id", repoId), eq("distributor_id", distributorId)),
                new Document("$set", new Document("last_publish", Date.from(when)))).getMatchedCount() > 0;
    }

    @Override
    public boolean delete(String id) {
        importers.deleteMany(eq("repo_id", id));
        distributors.deleteMany(eq("repo_id", id));
        return repos.deleteOne(eq("repo_id", id)).getDeletedCount() > 0;
    }

    @Override
    public Optional<Importer> importer(String repoId) {
        return Optional.ofNullable(importers.find(eq("repo_id", repoId)).first()).map(RepositoryDocuments::importer);
    }

    @Override
    public List<Importer> importers(Collection<String> repoIds) {
        List<Importer> found = new ArrayList<>();
        importers.find(in("repo_id", repoIds)).forEach(d -> found.add(RepositoryDocuments.importer(d)));
        return found;
    }

    @Override
    public Importer setImporter(Importer importer) {
        Document doc = RepositoryDocuments.importer(importer.withObjectId(null));
        return RepositoryDocuments.importer(importers.findOneAndReplace(eq("repo_id", importer.repoId()), doc,
                UPSERT_AFTER));
    }

    @Override
    public Optional<Importer> updateImporterConfig(String repoId, Map<String, Object> delta, Instant now) {
        Document update = configUpdate(delta, now);
        return Optional.ofNullable(importers.findOneAndUpdate(eq("repo_id", repoId), update, AFTER_UPDATE))
                .map(RepositoryDocuments::importer);
    }

    @Override
    public boolean removeImporter(String repoId) {
        return importers.deleteOne(eq("repo_id", repoId)).getDeletedCount() > 0;
    }

    @Override
    public List<Distributor> distributors(String repoId) {
        return distributors(List.of(repoId));
    }

    @Override
    public List<Distributor> distributors(Collection<String> repoIds) {
        List<Distributor> found = new ArrayList<>();
        distributors.find(in("repo_id", repoIds)).sort(new Document("repo_id", 1).append("distributor_id", 1))
                .forEach(d -> found.add(RepositoryDocuments.distributor(d)));
        return found;
    }

    @Override
    public Optional<Distributor> distributor(String repoId, String distributorId) {
        return Optional.ofNullable(distributors.find(distributorKey(repoId, distributorId)).first())
                .map(RepositoryDocuments::distributor);
    }

    @Override
    public Distributor putDistributor(Distributor distributor) {
        Document doc = RepositoryDocuments.distributor(distributor.withObjectId(null));
        return RepositoryDocuments.distributor(distributors.findOneAndReplace(
                distributorKey(distributor.repoId(), distributor.distributorId()), doc, UPSERT_AFTER));
    }

    @Override
    public Optional<Distributor> updateDistributor(String repoId, String distributorId, Map<String, Object> delta,
                                                   Boolean autoPublish, Instant now) {
        Document update = configUpdate(delta, now);
        if (autoPublish != null) {
            update.get("$set", Document.class).append("auto_publish", autoPublish);
        }
        return Optional.ofNullable(distributors.findOneAndUpdate(distributorKey(repoId, distributorId), update,
                AFTER_UPDATE)).map(RepositoryDocuments::distributor);
    }

    @Override
    public boolean removeDistributor(String repoId, String distributorId) {
        return distributors.deleteOne(distributorKey(repoId, distributorId)).getDeletedCount() > 0;
    }

    private static Bson distributorKey(String repoId, String distributorId) {
        return and(eq("repo_id", repoId), eq("distributor_id", distributorId));
    }

    /** {@code $set} of the changed config keys and {@code last_updated}, {@code $unset} of the removed ones. */
    private static Document configUpdate(Map<String, Object> delta, Instant now) {
        Document set = new Document("last_updated", Date.from(now));
        Document unset = new Document();
        delta.forEach((k, v) -> {
            if (v == null) {
                unset.append("config." + k, "");
            } else {
                set.append("config." + k, v);
            }
        });
        Document update = new Document("$set", set);
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        return update;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
