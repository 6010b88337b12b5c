package org.jpulp.common.content.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.PulpCollections;

/**
 * {@link UnitStore} on {@code units_<type>} collections, documents shaped like Pulp 2's: {@code _id} (UUID string),
 * {@code _content_type_id}, {@code _ns}, the key fields and metadata at the top level, {@code _storage_path},
 * {@code downloaded}, {@code _last_updated} (epoch seconds) and {@code pulp_user_metadata}. De-duplication relies on
 * the unique key index of {@link UnitCollections#spec}: a new unit is inserted straight away and an existing one is
 * found after the duplicate key error (a key lookup by index on MongoDB; the embedded server would scan for it).
 */
public final class MongoUnitStore implements UnitStore {

    private static final Set<String> PLATFORM_FIELDS = Set.of("_id", "_content_type_id", "_ns", "_storage_path",
            "downloaded", "_last_updated", "pulp_user_metadata");

    private static final int BATCH = 500;

    private final MongoDatabase db;
    private final Map<String, List<String>> keyFields = new HashMap<>();
    private final Clock clock;

    public MongoUnitStore(MongoDatabase db, Collection<UnitTypeDefinition> types, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        types.forEach(t -> keyFields.put(t.id(), List.copyOf(t.unitKey())));
    }

    @Override
    public Optional<Unit> find(UnitKey key) {
        return Optional.ofNullable(units(key.typeId()).find(keyFilter(key)).first()).map(d -> toUnit(key.typeId(), d));
    }

    @Override
    public Optional<Unit> get(String typeId, String unitId) {
        return Optional.ofNullable(units(typeId).find(eq("_id", unitId)).first()).map(d -> toUnit(typeId, d));
    }

    @Override
    public List<Unit> get(String typeId, Collection<String> unitIds) {
        List<Unit> out = new ArrayList<>();
        List<String> ids = unitIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
            units(typeId).find(in("_id", batch)).forEach(d -> out.add(toUnit(typeId, d)));
        }
        return out;
    }

    @Override
    public Unit insertIfAbsent(NewUnit unit) {
        UnitKey key = unit.key();
        checkKeyFields(key);
        Document doc = document(unit);
        try {
            units(key.typeId()).insertOne(doc);
            return toUnit(key.typeId(), doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return find(key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public Unit markDownloaded(String typeId, String unitId, String storagePath) {
        Document updated = units(typeId).findOneAndUpdate(eq("_id", unitId),
                Updates.combine(Updates.set("_storage_path", storagePath), Updates.set("downloaded", true),
                        Updates.set("_last_updated", now().getEpochSecond())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            throw new IllegalArgumentException("no " + typeId + " unit " + unitId);
        }
        return toUnit(typeId, updated);
    }

    /**
     * One lookup per key by the unique key index: index-backed on MongoDB and on the embedded server alike, where a
     * batched {@code $or} or {@code $in} query would scan the whole collection once per batch.
     */
    @Override
    public List<Unit> findAll(String typeId, Collection<UnitKey> keys) {
        List<Unit> found = new ArrayList<>();
        for (UnitKey key : keys) {
            if (!key.typeId().equals(typeId)) {
                throw new IllegalArgumentException("a " + key.typeId() + " key among " + typeId + " keys");
            }
            find(key).ifPresent(found::add);
        }
        return found;
    }

    /** Inserts first (unordered bulk inserts per batch); only keys that turn out to exist are looked up. */
    @Override
    public List<Unit> insertAllIfAbsent(List<NewUnit> newUnits) {
        if (newUnits.isEmpty()) {
            return List.of();
        }
        String typeId = newUnits.get(0).key().typeId();
        Map<UnitKey, Unit> stored = new HashMap<>();
        Map<UnitKey, Document> pending = new LinkedHashMap<>();
        for (NewUnit unit : newUnits) {
            if (!unit.key().typeId().equals(typeId)) {
                throw new IllegalArgumentException("a " + unit.key().typeId() + " unit among " + typeId + " units");
            }
            checkKeyFields(unit.key());
            pending.putIfAbsent(unit.key(), document(unit));
        }
        List<Document> inserts = List.copyOf(pending.values());
        List<UnitKey> existing = new ArrayList<>();
        for (int from = 0; from < inserts.size(); from += BATCH) {
            List<Document> batch = inserts.subList(from, Math.min(inserts.size(), from + BATCH));
            try {
                units(typeId).insertMany(batch, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    existing.add(toUnit(typeId, batch.get(error.getIndex())).key());
                }
            }
        }
        pending.forEach((key, doc) -> stored.put(key, toUnit(typeId, doc)));
        findAll(typeId, existing).forEach(u -> stored.put(u.key(), u));
        return newUnits.stream().map(u -> stored.get(u.key())).toList();
    }

    @Override
    public Map<String, UnitKey> keys(String typeId, Collection<String> unitIds) {
        Map<String, UnitKey> keys = new LinkedHashMap<>();
        List<String> ids = unitIds.stream().distinct().toList();
        List<String> fields = new ArrayList<>(keyFields.get(typeId));
        for (int from = 0; from < ids.size(); from += BATCH) {
            units(typeId).find(in("_id", ids.subList(from, Math.min(ids.size(), from + BATCH))))
                    .projection(Projections.include(fields))
                    .forEach(d -> keys.put(d.getString("_id"), toUnit(typeId, d).key()));
        }
        return keys;
    }

    /** One unordered bulk write per batch. */
    @Override
    public void markAllDownloaded(String typeId, Map<String, String> storagePaths) {
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        long now = now().getEpochSecond();
        storagePaths.forEach((unitId, path) -> updates.add(new UpdateOneModel<>(eq("_id", unitId),
                Updates.combine(Updates.set("_storage_path", path), Updates.set("downloaded", true),
                        Updates.set("_last_updated", now)))));
        for (int from = 0; from < updates.size(); from += BATCH) {
            units(typeId).bulkWrite(updates.subList(from, Math.min(updates.size(), from + BATCH)),
                    new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public Unit updateMetadata(String typeId, String unitId, Map<String, Object> fields) {
        Unit current = get(typeId, unitId)
                .orElseThrow(() -> new IllegalArgumentException("no " + typeId + " unit " + unitId));
        List<Bson> sets = new ArrayList<>();
        new NewUnit(current.key(), fields, null).metadata().forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(Updates.set("_last_updated", now().getEpochSecond()));
        Document updated = units(typeId).findOneAndUpdate(eq("_id", unitId), Updates.combine(sets),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (updated == null) {
            throw new IllegalArgumentException("no " + typeId + " unit " + unitId);
        }
        return toUnit(typeId, updated);
    }

    @Override
    public boolean delete(String typeId, String unitId) {
        return units(typeId).deleteOne(eq("_id", unitId)).getDeletedCount() == 1;
    }

    @Override
    public long count(String typeId) {
        return units(typeId).countDocuments();
    }

    private Document document(NewUnit unit) {
        UnitKey key = unit.key();
        Document doc = new Document("_id", UUID.randomUUID().toString())
                .append("_content_type_id", key.typeId())
                .append("_ns", PulpCollections.units(key.typeId()));
        key.fields().forEach(doc::append);
        unit.metadata().forEach(doc::append);
        return doc.append("_storage_path", unit.storagePath())
                .append("downloaded", unit.storagePath() != null)
                .append("_last_updated", now().getEpochSecond())
                .append("pulp_user_metadata", new Document());
    }

    private MongoCollection<Document> units(String typeId) {
        if (!keyFields.containsKey(typeId)) {
            throw new IllegalArgumentException("unknown unit type '" + typeId + "'");
        }
        return db.getCollection(PulpCollections.units(typeId));
    }

    private Bson keyFilter(UnitKey key) {
        checkKeyFields(key);
        List<Bson> parts = new ArrayList<>();
        key.fields().forEach((k, v) -> parts.add(eq(k, v)));
        return and(parts);
    }

    private void checkKeyFields(UnitKey key) {
        units(key.typeId());
        List<String> expected = keyFields.get(key.typeId());
        if (!key.fields().keySet().equals(new TreeSet<>(expected))) {
            throw new IllegalArgumentException("a " + key.typeId() + " unit key has the fields "
                    + new TreeSet<>(expected) + ", not " + key.fields().keySet());
        }
    }

    private Unit toUnit(String typeId, Document d) {
        List<String> keys = keyFields.get(typeId);
        TreeMap<String, Object> key = new TreeMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        d.forEach((k, v) -> {
            if (keys.contains(k)) {
                key.put(k, v);
            } else if (!PLATFORM_FIELDS.contains(k)) {
                metadata.put(k, v);
            }
        });
        Number updated = d.get("_last_updated", Number.class);
        Document user = d.get("pulp_user_metadata", Document.class);
        return new Unit(d.getString("_id"), new UnitKey(typeId, key), metadata, d.getString("_storage_path"),
                Boolean.TRUE.equals(d.getBoolean("downloaded")),
                Instant.ofEpochSecond(updated == null ? 0 : updated.longValue()), user == null ? Map.of() : user);
    }

    private Instant now() {
        return clock.instant();
    }
}
