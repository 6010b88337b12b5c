package org.jpulp.common.schema.platform;

import static org.jpulp.common.schema.IndexSpec.unique;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.jpulp.common.schema.CollectionSpec;
import org.jpulp.common.schema.Migration;
import org.jpulp.common.schema.PulpCollections;

/**
 * Unique indexes whose keys are exactly the filters of the task engine's conditional transitions. They are unique
 * because {@code task_id} is. Real MongoDB would answer those filters from the {@code task_id} index anyway; the
 * embedded server uses an index only when the filter's fields equal the index's, and scans the collection otherwise.
 */
public final class M0004TaskTransitions implements Migration {

    public static final List<CollectionSpec> COLLECTIONS = List.of(CollectionSpec.of(PulpCollections.TASK_STATUS,
            unique("task_id", "state"), unique("task_id", "state", "attempt"),
            unique("task_id", "state", "worker_name", "attempt")));

    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "task_status indexes for conditional transitions";
    }

    @Override
    public void apply(MongoDatabase db) {
        COLLECTIONS.forEach(c -> c.ensure(db));
    }
}
