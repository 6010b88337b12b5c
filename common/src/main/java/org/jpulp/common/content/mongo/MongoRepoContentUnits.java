package org.jpulp.common.content.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jpulp.common.content.Association;
import org.jpulp.common.content.PulpTimestamps;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.schema.PulpCollections;

/**
 * {@link RepoContentUnits} on Pulp 2's {@code repo_content_units}: {@code {repo_id, unit_type_id, unit_id, created,
 * updated, _ns}}, unique on repo, type and unit (index created by the platform's first migration).
 */
public final class MongoRepoContentUnits implements RepoContentUnits {

    private static final int BATCH = 1000;

    private final MongoCollection<Document> associations;
    private final Clock clock;

    public MongoRepoContentUnits(MongoDatabase db, Clock clock) {
        this.associations = db.getCollection(PulpCollections.REPO_CONTENT_UNITS);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Inserts first (a new association costs one write); an existing one is found by its unique index. */
    @Override
    public boolean associate(String repoId, String typeId, String unitId) {
        String now = PulpTimestamps.format(clock.instant());
        try {
            associations.insertOne(new Document("repo_id", repoId).append("unit_type_id", typeId)
                    .append("unit_id", unitId).append("created", now).append("updated", now)
                    .append("_ns", PulpCollections.REPO_CONTENT_UNITS));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            associations.updateOne(filter(repoId, typeId, unitId), Updates.set("updated", now));
            return false;
        }
    }

    /**
     * One query for the existing associations and unordered bulk inserts of the new ones; existing ones are left as
     * they are (an update by {@code unit_id $in} would scan the collection per batch on the embedded server).
     */
    @Override
    public int associateAll(String repoId, String typeId, Collection<String> unitIds) {
        String now = PulpTimestamps.format(clock.instant());
        Set<String> existing = new HashSet<>(unitIds(repoId, typeId));
        List<Document> inserts = new ArrayList<>();
        for (String unitId : new LinkedHashSet<>(unitIds)) {
            if (!existing.contains(unitId)) {
                inserts.add(new Document("repo_id", repoId).append("unit_type_id", typeId).append("unit_id", unitId)
                        .append("created", now).append("updated", now)
                        .append("_ns", PulpCollections.REPO_CONTENT_UNITS));
            }
        }
        int added = 0;
        for (int from = 0; from < inserts.size(); from += BATCH) {
            List<Document> batch = inserts.subList(from, Math.min(inserts.size(), from + BATCH));
            try {
                associations.insertMany(batch, new InsertManyOptions().ordered(false));
                added += batch.size();
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(w -> w.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                }
                added += batch.size() - e.getWriteErrors().size();
            }
        }
        return added;
    }

    @Override
    public int unassociateAll(String repoId, String typeId, Collection<String> unitIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        long removed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            removed += associations.deleteMany(and(eq("repo_id", repoId), eq("unit_type_id", typeId),
                    in("unit_id", ids.subList(from, Math.min(ids.size(), from + BATCH))))).getDeletedCount();
        }
        return (int) removed;
    }

    @Override
    public boolean unassociate(String repoId, String typeId, String unitId) {
        return associations.deleteOne(filter(repoId, typeId, unitId)).getDeletedCount() == 1;
    }

    @Override
    public boolean isAssociated(String repoId, String typeId, String unitId) {
        return associations.countDocuments(filter(repoId, typeId, unitId)) > 0;
    }

    @Override
    public Optional<Association> find(String repoId, String typeId, String unitId) {
        return Optional.ofNullable(associations.find(filter(repoId, typeId, unitId)).first())
                .map(d -> new Association(repoId, typeId, unitId, d.getString("created"), d.getString("updated")));
    }

    @Override
    public List<String> unitIds(String repoId, String typeId) {
        List<String> ids = new ArrayList<>();
        associations.find(and(eq("repo_id", repoId), eq("unit_type_id", typeId)))
                .projection(Projections.include("unit_id")).sort(Sorts.ascending("unit_id"))
                .forEach(d -> ids.add(d.getString("unit_id")));
        return ids;
    }

    @Override
    public Map<String, Long> countsByType(String repoId) {
        Map<String, Long> counts = new TreeMap<>();
        associations.aggregate(List.of(Aggregates.match(eq("repo_id", repoId)),
                        Aggregates.group("$unit_type_id", Accumulators.sum("count", 1))))
                .forEach(d -> counts.put(d.getString("_id"), d.get("count", Number.class).longValue()));
        return counts;
    }

    @Override
    public List<String> repoIds(String typeId, String unitId) {
        List<String> ids = new ArrayList<>();
        associations.find(and(eq("unit_type_id", typeId), eq("unit_id", unitId)))
                .sort(Sorts.ascending("repo_id")).forEach(d -> ids.add(d.getString("repo_id")));
        return ids;
    }

    @Override
    public long removeRepo(String repoId) {
        return associations.deleteMany(eq("repo_id", repoId)).getDeletedCount();
    }

    private static Bson filter(String repoId, String typeId, String unitId) {
        return and(eq("repo_id", repoId), eq("unit_type_id", typeId), eq("unit_id", unitId));
    }
}
