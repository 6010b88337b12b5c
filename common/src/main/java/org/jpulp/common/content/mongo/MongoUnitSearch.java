package org.jpulp.common.content.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jpulp.common.content.AssociatedUnit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.CriteriaMatcher;
import org.jpulp.common.criteria.FieldMap;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.criteria.mongo.MongoCriteria;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.PulpException;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.PulpCollections;

/**
 * {@link UnitSearch} on {@code units_<type>} and {@code repo_content_units}. A repository unit search reads the
 * matching associations once, then the units of each type in {@code $in} batches of {@value #BATCH} ids (with the
 * unit filter), and orders in memory; no query per unit.
 */
public final class MongoUnitSearch implements UnitSearch {

    /** Unit ids are UUID strings, stored under their own names. */
    public static final FieldMap UNIT_FIELDS = new FieldMap(Map.of(), Set.of(), Set.of());
    /** Association fields as stored; {@code _id} is an ObjectId. */
    public static final FieldMap ASSOCIATION_FIELDS = FieldMap.IDENTITY;

    static final int BATCH = 1000;
    private static final List<String> UNIT_ALWAYS = List.of("_id", "_content_type_id");
    private static final List<String> ASSOCIATION_ALWAYS = List.of("unit_id", "unit_type_id");
    private static final List<Criteria.SortField> BY_ID = List.of(new Criteria.SortField("_id", true));

    private final MongoDatabase db;
    private final Set<String> types = new TreeSet<>();

    public MongoUnitSearch(MongoDatabase db, Collection<UnitTypeDefinition> types) {
        this.db = db;
        types.forEach(t -> this.types.add(t.id()));
    }

    @Override
    public boolean knows(String typeId) {
        return types.contains(typeId);
    }

    @Override
    public List<Map<String, Object>> units(String typeId, Criteria criteria) {
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            MongoCriteria.apply(units(typeId).find(MongoCriteria.filter(criteria, UNIT_FIELDS)), criteria,
                    UNIT_FIELDS, UNIT_ALWAYS).forEach(out::add);
        } catch (MongoException e) {
            throw rejected(e);
        }
        return out;
    }

    @Override
    public Optional<Map<String, Object>> unit(String typeId, String unitId) {
        return Optional.ofNullable(units(typeId).find(eq("_id", unitId)).first());
    }

    @Override
    public Map<String, List<String>> repositoryMemberships(String typeId, Collection<String> unitIds) {
        Map<String, List<String>> out = new HashMap<>();
        batches(List.copyOf(new LinkedHashSet<>(unitIds)), batch -> associations()
                .find(and(eq("unit_type_id", typeId), in("unit_id", batch)))
                .projection(Projections.include("unit_id", "repo_id"))
                .forEach(d -> out.computeIfAbsent(d.getString("unit_id"), k -> new ArrayList<>())
                        .add(d.getString("repo_id"))));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    @Override
    public List<AssociatedUnit> associations(String repoId, UnitAssociationCriteria criteria) {
        List<String> typeIds = typeIds(repoId, criteria);
        if (typeIds.isEmpty()) {
            return List.of();
        }
        List<Document> rows;
        Map<String, Map<String, Document>> unitsByType = new TreeMap<>();
        try {
            rows = associationRows(repoId, typeIds, criteria);
            Map<String, List<String>> idsByType = new LinkedHashMap<>();
            rows.forEach(r -> idsByType.computeIfAbsent(r.getString("unit_type_id"), t -> new ArrayList<>())
                    .add(r.getString("unit_id")));
            idsByType.forEach((type, ids) -> unitsByType.put(type, unitsIn(type, ids, criteria)));
        } catch (MongoException e) {
            throw rejected(e);
        }
        List<AssociatedUnit> ordered = criteria.associationSort().isEmpty()
                ? byTypeThenUnit(rows, unitsByType, criteria) : inAssociationOrder(rows, unitsByType);
        return page(ordered, criteria);
    }

    @Override
    public boolean setUserMetadata(String typeId, String unitId, Map<String, Object> metadata) {
        return units(typeId).updateOne(eq("_id", unitId), Updates.set("pulp_user_metadata", new Document(metadata)))
                .getMatchedCount() == 1;
    }

    private List<String> typeIds(String repoId, UnitAssociationCriteria criteria) {
        if (criteria.typeIds() != null) {
            return criteria.typeIds().stream().filter(types::contains).distinct().sorted().toList();
        }
        List<String> present = new ArrayList<>();
        associations().aggregate(List.of(Aggregates.match(eq("repo_id", repoId)),
                Aggregates.group("$unit_type_id", Accumulators.sum("n", 1))))
                .forEach(d -> present.add(d.getString("_id")));
        return present.stream().filter(types::contains).sorted().toList();
    }

    private List<Document> associationRows(String repoId, List<String> typeIds, UnitAssociationCriteria criteria) {
        List<Bson> parts = new ArrayList<>(List.of(eq("repo_id", repoId), in("unit_type_id", typeIds)));
        if (!criteria.associationFilters().isEmpty()) {
            parts.add(new Document(ASSOCIATION_FIELDS.translate(criteria.associationFilters())));
        }
        Document sort = new Document();
        criteria.associationSort().forEach(s -> sort.append(ASSOCIATION_FIELDS.stored(s.field()),
                s.ascending() ? 1 : -1));
        List<Document> rows = new ArrayList<>();
        associations().find(and(parts)).sort(sort).forEach(rows::add);
        return rows;
    }

    /** The units among {@code ids} that match the unit filter, by id, projected (plus the unit sort fields). */
    private Map<String, Document> unitsIn(String typeId, List<String> ids, UnitAssociationCriteria criteria) {
        Map<String, Object> filter = UNIT_FIELDS.translate(criteria.unitFilters());
        Document projection = projection(criteria);
        Map<String, Document> found = new HashMap<>();
        batches(ids, batch -> {
            Bson byId = in("_id", batch);
            Bson query = filter.isEmpty() ? byId : and(new Document(filter), byId);
            var find = units(typeId).find(query);
            (projection == null ? find : find.projection(projection)).forEach(d -> found.put(d.getString("_id"), d));
        });
        return found;
    }

    private static Document projection(UnitAssociationCriteria criteria) {
        if (criteria.unitFields() == null) {
            return null;
        }
        Document projection = new Document();
        criteria.unitFields().forEach(f -> projection.append(UNIT_FIELDS.stored(f), 1));
        criteria.unitSort().forEach(s -> projection.append(UNIT_FIELDS.stored(s.field()), 1));
        UNIT_ALWAYS.forEach(f -> projection.append(f, 1));
        return projection;
    }

    private List<AssociatedUnit> byTypeThenUnit(List<Document> rows, Map<String, Map<String, Document>> unitsByType,
                                                UnitAssociationCriteria criteria) {
        Map<String, Document> rowByUnit = new HashMap<>();
        rows.forEach(r -> rowByUnit.put(r.getString("unit_type_id") + "/" + r.getString("unit_id"), r));
        List<Criteria.SortField> sort = criteria.unitSort().isEmpty() ? BY_ID : criteria.unitSort();
        Criteria order = new Criteria(Map.of(), sort, null, null, null);
        List<AssociatedUnit> out = new ArrayList<>();
        unitsByType.forEach((type, units) -> CriteriaMatcher.select(List.copyOf(units.values()), order, UNIT_FIELDS)
                .forEach(u -> out.add(new AssociatedUnit(rowByUnit.get(type + "/" + u.get("_id")), u))));
        return out;
    }

    private static List<AssociatedUnit> inAssociationOrder(List<Document> rows,
                                                           Map<String, Map<String, Document>> unitsByType) {
        List<AssociatedUnit> out = new ArrayList<>();
        for (Document r : rows) {
            Document unit = unitsByType.getOrDefault(r.getString("unit_type_id"), Map.of()).get(r.getString("unit_id"));
            if (unit != null) {
                out.add(new AssociatedUnit(r, unit));
            }
        }
        return out;
    }

    private static List<AssociatedUnit> page(List<AssociatedUnit> ordered, UnitAssociationCriteria criteria) {
        var stream = ordered.stream();
        if (criteria.removeDuplicates()) {
            Set<String> seen = new java.util.HashSet<>();
            stream = stream.filter(a -> seen.add(a.typeId() + "/" + a.unitId()));
        }
        if (criteria.skip() != null) {
            stream = stream.skip(criteria.skip());
        }
        if (criteria.limit() != null) {
            stream = stream.limit(criteria.limit());
        }
        return stream.map(a -> new AssociatedUnit(projectAssociation(a.association(), criteria),
                projectUnit(a.unit(), criteria))).toList();
    }

    private static Map<String, Object> projectAssociation(Map<String, Object> row, UnitAssociationCriteria criteria) {
        if (criteria.associationFields() == null) {
            return row;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (k.equals("_id") || criteria.associationFields().contains(k) || ASSOCIATION_ALWAYS.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Map<String, Object> projectUnit(Map<String, Object> unit, UnitAssociationCriteria criteria) {
        if (criteria.unitFields() == null) {
            return unit;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        unit.forEach((k, v) -> {
            if (criteria.unitFields().contains(k) || UNIT_ALWAYS.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The database refused a validated query (e.g. a regular expression it cannot run): Pulp answers 400. */
    private static InvalidValue rejected(MongoException e) {
        return new InvalidValue(List.of("criteria"), "Invalid properties: ['criteria']",
                List.of(new PulpException(400, "PLP0000", e.getMessage(), Map.of())));
    }

    private static void batches(List<String> ids, Consumer<List<String>> query) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            query.accept(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
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
