package org.jpulp.common.criteria;

import java.util.List;
import java.util.Map;

/**
 * Pulp 2's generic search criteria, validated by {@link CriteriaParser}: a filter document in external field
 * names (only allow-listed operators, see {@link FilterParser}), a sort, {@code limit}, {@code skip} and a field
 * projection. Stores translate it with a {@link FieldMap}: {@link org.jpulp.common.criteria.mongo.MongoCriteria} for MongoDB,
 * {@link CriteriaMatcher} in memory.
 *
 * @param limit null for no limit, otherwise at least 1
 * @param skip  null or at least 0
 * @param fields null for all fields
 */
public record Criteria(Map<String, Object> filters, List<SortField> sort, Integer limit, Integer skip,
                       List<String> fields) {

    public static final Criteria ALL = new Criteria(Map.of(), List.of(), null, null, null);

    public Criteria {
        filters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters));
        sort = List.copyOf(sort);
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** The same selection with every field (stores that decode whole documents search with this). */
    public Criteria withoutProjection() {
        return new Criteria(filters, sort, limit, skip, null);
    }

    /** A field and a direction. */
    public record SortField(String field, boolean ascending) {
    }
}
