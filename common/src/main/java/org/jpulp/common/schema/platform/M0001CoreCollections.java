package org.jpulp.common.schema.platform;

import static org.jpulp.common.schema.IndexSpec.nonUnique;
import static org.jpulp.common.schema.IndexSpec.unique;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.jpulp.common.schema.CollectionSpec;
import org.jpulp.common.schema.Migration;
import org.jpulp.common.schema.PulpCollections;

/**
 * The collections of repositories, content associations, tasks, workers, schedules and authorisation, with the
 * unique keys every writer relies on and the secondary indexes real MongoDB uses for the frequent queries.
 */
public final class M0001CoreCollections implements Migration {

    public static final List<CollectionSpec> COLLECTIONS = List.of(
            CollectionSpec.of(PulpCollections.REPOS, unique("repo_id")),
            CollectionSpec.of(PulpCollections.REPO_IMPORTERS, unique("repo_id"), nonUnique("importer_type_id")),
            CollectionSpec.of(PulpCollections.REPO_DISTRIBUTORS, unique("repo_id", "distributor_id"),
                    nonUnique("distributor_type_id")),
            CollectionSpec.of(PulpCollections.REPO_CONTENT_UNITS, unique("repo_id", "unit_type_id", "unit_id"),
                    nonUnique("unit_id"), nonUnique("repo_id", "updated")),
            CollectionSpec.of(PulpCollections.CONTENT_TYPES, unique("id")),
            CollectionSpec.of(PulpCollections.TASK_STATUS, unique("task_id"), nonUnique("state"), nonUnique("tags"),
                    nonUnique("worker_name"), nonUnique("finish_time")),
            CollectionSpec.of(PulpCollections.RESERVED_RESOURCES, nonUnique("resource_id"), nonUnique("worker_name")),
            CollectionSpec.of(PulpCollections.WORKERS, nonUnique("last_heartbeat")),
            CollectionSpec.of(PulpCollections.SCHEDULED_CALLS, nonUnique("resource"), nonUnique("next_run")),
            CollectionSpec.of(PulpCollections.USERS, unique("login"), nonUnique("roles")),
            CollectionSpec.of(PulpCollections.ROLES, unique("id")),
            CollectionSpec.of(PulpCollections.PERMISSIONS, unique("resource")),
            CollectionSpec.of(PulpCollections.LOCKS),
            CollectionSpec.of(PulpCollections.MIGRATION_TRACKERS, unique("name")));

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "core collections and indexes";
    }

    @Override
    public void apply(MongoDatabase db) {
        COLLECTIONS.forEach(c -> c.ensure(db));
    }
}
