package org.jpulp.common.criteria.mongo;

import com.mongodb.client.FindIterable;
import java.util.List;
import org.bson.Document;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.FieldMap;

/**
 * {@link Criteria} as a MongoDB query: the translated filter, sort, skip, limit and projection. Only validated
 * criteria get here, so the filter holds allow-listed operators only.
 */
public final class MongoCriteria {

    private MongoCriteria() {
    }

    public static Document filter(Criteria criteria, FieldMap fields) {
        return new Document(fields.translate(criteria.filters()));
    }

    public static Document sort(Criteria criteria, FieldMap fields) {
        Document sort = new Document();
        criteria.sort().forEach(s -> sort.append(fields.stored(s.field()), s.ascending() ? 1 : -1));
        return sort;
    }

    /** The stored fields to return, always with {@code alwaysKept} (e.g. {@code _id}); null for all fields. */
    public static Document projection(Criteria criteria, FieldMap fields, List<String> alwaysKept) {
        if (criteria.fields() == null) {
            return null;
        }
        Document projection = new Document();
        criteria.fields().forEach(f -> projection.append(fields.stored(f), 1));
        alwaysKept.forEach(f -> projection.append(f, 1));
        return projection;
    }

    /** Applies everything but the filter to a find. */
    public static <T> FindIterable<T> apply(FindIterable<T> find, Criteria criteria, FieldMap fields,
                                            List<String> alwaysKept) {
        FindIterable<T> result = find.sort(sort(criteria, fields));
        if (criteria.skip() != null) {
            result = result.skip(criteria.skip());
        }
        if (criteria.limit() != null) {
            result = result.limit(criteria.limit());
        }
        Document projection = projection(criteria, fields, alwaysKept);
        return projection == null ? result : result.projection(projection);
    }
}
