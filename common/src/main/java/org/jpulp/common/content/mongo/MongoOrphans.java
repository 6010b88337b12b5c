package org.jpulp.common.content.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.jpulp.common.content.OrphanFiles;
import org.jpulp.common.content.Orphans;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.PulpCollections;

/**
 * {@link Orphans} on {@code units_<type>} and {@code repo_content_units}: the associated ids of a type are read once
 * (ids only), units are scanned by id only, documents fetched and deleted with {@code $in} batches.
 */
public final class MongoOrphans implements Orphans {

    private static final int BATCH = MongoUnitSearch.BATCH;

    private final MongoDatabase db;
    private final Set<String> types = new TreeSet<>();
    private final OrphanFiles files;

    public MongoOrphans(MongoDatabase db, Collection<UnitTypeDefinition> types, StorageLayout layout) {
        this.db = db;
        types.forEach(t -> this.types.add(t.id()));
        this.files = new OrphanFiles(layout);
    }

    @Override
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        types.forEach(t -> counts.put(t, (long) orphanIds(t).size()));
        return counts;
    }

    @Override
    public List<Map<String, Object>> list(String typeId) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> ids = orphanIds(typeId);
        for (int from = 0; from < ids.size(); from += BATCH) {
            units(typeId).find(in("_id", ids.subList(from, Math.min(ids.size(), from + BATCH)))).forEach(out::add);
        }
        out.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
        return out;
    }

    @Override
    public Optional<Map<String, Object>> find(String typeId, String unitId) {
        Document unit = units(typeId).find(eq("_id", unitId)).first();
        if (unit == null || associations().find(and(eq("unit_type_id", typeId), eq("unit_id", unitId))).first()
                != null) {
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    @Override
    public Map<String, Long> deleteByType(Collection<String> typeIds) {
        Map<String, Long> deleted = new TreeMap<>();
        Set<String> paths = new LinkedHashSet<>();
        for (String type : new TreeSet<>(typeIds)) {
            deleted.put(type, deleteOrphans(type, orphanIds(type), paths));
        }
        deleteFiles(paths);
        return deleted;
    }

    @Override
    public Map<String, Long> deleteByIds(Map<String, ? extends Collection<String>> unitIdsByType) {
        Map<String, Long> deleted = new TreeMap<>();
        Set<String> paths = new LinkedHashSet<>();
        new TreeMap<>(unitIdsByType).forEach((type, ids) -> deleted.put(type,
                deleteOrphans(type, List.copyOf(new LinkedHashSet<>(ids)), paths)));
        deleteFiles(paths);
        return deleted;
    }

    /** Deletes the candidates still orphaned, batch by batch; collects their storage paths. */
    private long deleteOrphans(String typeId, List<String> candidates, Set<String> paths) {
        long deleted = 0;
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Set<String> adopted = new HashSet<>();
            associations().find(and(eq("unit_type_id", typeId), in("unit_id", batch)))
                    .projection(Projections.include("unit_id")).forEach(d -> adopted.add(d.getString("unit_id")));
            List<String> orphans = batch.stream().filter(id -> !adopted.contains(id)).toList();
            if (orphans.isEmpty()) {
                continue;
            }
            units(typeId).find(in("_id", orphans)).projection(Projections.include("_storage_path"))
                    .forEach(d -> {
                        if (d.getString("_storage_path") != null) {
                            paths.add(d.getString("_storage_path"));
                        }
                    });
            deleted += units(typeId).deleteMany(in("_id", orphans)).getDeletedCount();
        }
        return deleted;
    }

    /** Deletes the files no remaining unit of any type points at. */
    private void deleteFiles(Set<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<String> all = List.copyOf(paths);
        Set<String> stillUsed = new HashSet<>();
        for (String type : types) {
            for (int from = 0; from < all.size(); from += BATCH) {
                units(type).find(in("_storage_path", all.subList(from, Math.min(all.size(), from + BATCH))))
                        .projection(Projections.include("_storage_path"))
                        .forEach(d -> stillUsed.add(d.getString("_storage_path")));
            }
        }
        files.delete(all.stream().filter(p -> !stillUsed.contains(p)).toList());
    }

    /** Ids of the type's units no repository holds, sorted. */
    private List<String> orphanIds(String typeId) {
        Set<String> associated = new HashSet<>();
        associations().find(eq("unit_type_id", typeId)).projection(Projections.include("unit_id"))
                .forEach(d -> associated.add(d.getString("unit_id")));
        List<String> orphans = new ArrayList<>();
        units(typeId).find().projection(Projections.include("_id")).forEach(d -> {
            if (!associated.contains(d.getString("_id"))) {
                orphans.add(d.getString("_id"));
            }
        });
        orphans.sort(null);
        return orphans;
    }

    private MongoCollection<Document> units(String typeId) {
        if (!types.contains(typeId)) {
            throw new IllegalArgumentException("unknown unit type '" + typeId + "'");
        }
        return db.getCollection(PulpCollections.units(typeId));
    }

    private MongoCollection<Document> associations() {
        return db.getCollection(PulpCollections.REPO_CONTENT_UNITS);
    }
}
