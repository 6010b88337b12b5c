package org.jpulp.common.schema;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * An ascending index on one or more fields, named as MongoDB would name it ({@code repo_id_1_unit_id_1}).
 * Non-unique indexes are accepted but ignored by the embedded server; real MongoDB uses them.
 */
public record IndexSpec(List<String> fields, boolean unique) {

    public IndexSpec {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one field");
        }
    }

    public static IndexSpec unique(String... fields) {
        return new IndexSpec(List.of(fields), true);
    }

    public static IndexSpec nonUnique(String... fields) {
        return new IndexSpec(List.of(fields), false);
    }

    public String name() {
        return String.join("_1_", fields) + "_1";
    }

    public IndexModel model() {
        Document keys = new Document();
        fields.forEach(f -> keys.append(Objects.requireNonNull(f), 1));
        return new IndexModel(keys, new IndexOptions().name(name()).unique(unique));
    }
}
