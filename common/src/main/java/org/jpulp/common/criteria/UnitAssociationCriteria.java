package org.jpulp.common.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.error.InvalidValue;

/**
 * Pulp 2's unit association criteria (repository unit search, copy, unassociate): {@code type_ids},
 * {@code filters}/{@code sort}/{@code fields} each split into {@code unit} and {@code association}, {@code limit},
 * {@code skip} and {@code remove_duplicates}. Unknown keys at any level are a 400 listing them; filters go through
 * the same validation as generic criteria. {@link #json()} is the validated request as it came, which tasks carry
 * as text (a MongoDB document cannot hold the {@code $} operators as field names).
 *
 * @param typeIds null for every type
 */
public record UnitAssociationCriteria(List<String> typeIds, Map<String, Object> unitFilters,
                                      Map<String, Object> associationFilters, List<Criteria.SortField> unitSort,
                                      List<Criteria.SortField> associationSort, List<String> unitFields,
                                      List<String> associationFields, Integer limit, Integer skip,
                                      boolean removeDuplicates, JsonNode json) {

    private static final Set<String> KEYS = Set.of("type_ids", "filters", "sort", "fields", "limit", "skip",
            "remove_duplicates");
    private static final Set<String> SIDES = Set.of("unit", "association");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Everything, every type. */
    public static final UnitAssociationCriteria ALL = parse((JsonNode) null);

    public UnitAssociationCriteria {
        typeIds = typeIds == null ? null : List.copyOf(typeIds);
        unitFilters = Map.copyOf(unitFilters);
        associationFilters = Map.copyOf(associationFilters);
        unitSort = List.copyOf(unitSort);
        associationSort = List.copyOf(associationSort);
        unitFields = unitFields == null ? null : List.copyOf(unitFields);
        associationFields = associationFields == null ? null : List.copyOf(associationFields);
    }

    /** Reads a criteria object; null or JSON null selects everything. */
    public static UnitAssociationCriteria parse(JsonNode criteria) {
        if (criteria == null || criteria.isNull()) {
            criteria = JsonNodeFactory.instance.objectNode();
        }
        if (!criteria.isObject()) {
            throw InvalidValue.of("criteria");
        }
        onlyKnown(criteria, KEYS);
        JsonNode filters = sides(criteria, "filters");
        JsonNode sort = sides(criteria, "sort");
        JsonNode fields = sides(criteria, "fields");
        return new UnitAssociationCriteria(typeIds(criteria.get("type_ids")),
                CriteriaParser.filters(filters.get("unit")), CriteriaParser.filters(filters.get("association")),
                CriteriaParser.sort(sort.get("unit")), CriteriaParser.sort(sort.get("association")),
                CriteriaParser.fields(fields.get("unit")), CriteriaParser.fields(fields.get("association")),
                CriteriaParser.positive(criteria.get("limit"), "limit", 1),
                CriteriaParser.positive(criteria.get("skip"), "skip", 0),
                removeDuplicates(criteria.get("remove_duplicates")), criteria.deepCopy());
    }

    /** Reads the text form {@link #text()} wrote. */
    public static UnitAssociationCriteria fromText(String text) {
        try {
            return parse(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw InvalidValue.of("criteria");
        }
    }

    /** The request as JSON text, for task arguments. */
    public String text() {
        return json.toString();
    }

    /** Whether the unit documents themselves must be read to decide (a unit filter or a unit sort). */
    public boolean needsUnitQuery() {
        return !unitFilters.isEmpty() || !unitSort.isEmpty();
    }

    private static JsonNode sides(JsonNode criteria, String name) {
        JsonNode node = criteria.get(name);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw InvalidValue.of(name);
        }
        onlyKnown(node, SIDES);
        return node;
    }

    private static List<String> typeIds(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw InvalidValue.of("type_ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : node) {
            if (!id.isTextual()) {
                throw InvalidValue.of("type_ids");
            }
            ids.add(id.textValue());
        }
        return ids;
    }

    private static boolean removeDuplicates(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw InvalidValue.of("remove_duplicates");
        }
        return node.booleanValue();
    }

    private static void onlyKnown(JsonNode node, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidValue(List.copyOf(unknown));
        }
    }
}
