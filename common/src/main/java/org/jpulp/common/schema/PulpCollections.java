package org.jpulp.common.schema;

/** Names of the collections the platform migrations create (Pulp 2's names where Pulp 2 had the collection). */
public final class PulpCollections {

    public static final String REPOS = "repos";
    public static final String REPO_IMPORTERS = "repo_importers";
    public static final String REPO_DISTRIBUTORS = "repo_distributors";
    public static final String REPO_CONTENT_UNITS = "repo_content_units";
    public static final String CONTENT_TYPES = "content_types";
    public static final String TASK_STATUS = "task_status";
    public static final String RESERVED_RESOURCES = "reserved_resources";
    public static final String WORKERS = "workers";
    public static final String SCHEDULED_CALLS = "scheduled_calls";
    public static final String USERS = "users";
    public static final String ROLES = "roles";
    public static final String PERMISSIONS = "permissions";
    public static final String LOCKS = "locks";
    public static final String MIGRATION_TRACKERS = "migration_trackers";
    public static final String REPO_SYNC_RESULTS = "repo_sync_results";
    public static final String REPO_PUBLISH_RESULTS = "repo_publish_results";
    public static final String REPO_GROUPS = "repo_groups";
    public static final String REPO_GROUP_DISTRIBUTORS = "repo_group_distributors";
    public static final String EVENT_LISTENERS = "event_listeners";

    private PulpCollections() {
    }

    /** {@code units_<type id>}: where a plugin's content type keeps its units. */
    public static String units(String typeId) {
        return "units_" + typeId;
    }
}
