package org.jpulp.common.schema.platform;

import static org.jpulp.common.schema.IndexSpec.nonUnique;
import static org.jpulp.common.schema.IndexSpec.unique;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.jpulp.common.schema.CollectionSpec;
import org.jpulp.common.schema.Migration;
import org.jpulp.common.schema.PulpCollections;

/**
 * What the REST API serves beyond the core: sync and publish history ({@code /history/}, reaped by age),
 * repository groups with their distributors, and the (deprecated but still served) event listeners.
 */
public final class M0002HistoryAndGroups implements Migration {

    public static final List<CollectionSpec> COLLECTIONS = List.of(
            CollectionSpec.of(PulpCollections.REPO_SYNC_RESULTS, nonUnique("repo_id", "started"),
                    nonUnique("completed")),
            CollectionSpec.of(PulpCollections.REPO_PUBLISH_RESULTS, nonUnique("repo_id", "distributor_id", "started"),
                    nonUnique("completed")),
            CollectionSpec.of(PulpCollections.REPO_GROUPS, unique("id"), nonUnique("repo_ids")),
            CollectionSpec.of(PulpCollections.REPO_GROUP_DISTRIBUTORS, unique("repo_group_id", "distributor_id")),
            CollectionSpec.of(PulpCollections.EVENT_LISTENERS));

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "sync/publish history, repository groups and event listeners";
    }

    @Override
    public void apply(MongoDatabase db) {
        COLLECTIONS.forEach(c -> c.ensure(db));
    }
}
