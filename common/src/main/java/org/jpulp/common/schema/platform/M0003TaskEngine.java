package org.jpulp.common.schema.platform;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.jpulp.common.schema.CollectionSpec;
import org.jpulp.common.schema.Migration;

/**
 * The task engine's submission counter, created up front: the embedded MongoDB server can fail when several
 * clients create a collection at the same moment.
 */
public final class M0003TaskEngine implements Migration {

    public static final String COUNTERS = "counters";

    public static final List<CollectionSpec> COLLECTIONS = List.of(CollectionSpec.of(COUNTERS));

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "task submission counter";
    }

    @Override
    public void apply(MongoDatabase db) {
        COLLECTIONS.forEach(c -> c.ensure(db));
        db.getCollection(COUNTERS).updateOne(eq("_id", "task_sequence"), Updates.setOnInsert("value", 0L),
                new UpdateOptions().upsert(true));
    }
}
