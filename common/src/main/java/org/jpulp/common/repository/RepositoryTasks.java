package org.jpulp.common.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.Tags;
import org.jpulp.common.task.TaskRequest;

/**
 * The tasks the REST API dispatches for repositories, with Pulp 2's task types, tags and reservations, and the
 * arguments a worker-side {@link org.jpulp.common.task.TaskType} of the same name receives:
 * <table>
 *   <caption>task types and arguments</caption>
 *   <tr><th>task type</th><th>args</th></tr>
 *   <tr><td>{@value #DELETE}</td><td>{@code repo_id}</td></tr>
 *   <tr><td>{@value #SET_IMPORTER}</td><td>{@code repo_id, importer_type_id, importer_config}</td></tr>
 *   <tr><td>{@value #UPDATE_IMPORTER}</td><td>{@code repo_id, importer_id, importer_config} (a delta: null
 *       removes a key)</td></tr>
 *   <tr><td>{@value #REMOVE_IMPORTER}</td><td>{@code repo_id, importer_id}</td></tr>
 *   <tr><td>{@value #UPDATE_DISTRIBUTOR}</td><td>{@code repo_id, distributor_id, distributor_config} (delta) and,
 *       when given, {@code auto_publish}</td></tr>
 *   <tr><td>{@value #REMOVE_DISTRIBUTOR}</td><td>{@code repo_id, distributor_id}</td></tr>
 *   <tr><td>{@value #SYNC}</td><td>{@code repo_id, override_config}</td></tr>
 *   <tr><td>{@value #PUBLISH}</td><td>{@code repo_id, distributor_id, override_config}</td></tr>
 * </table>
 * Every one of them is reserved on {@code repository:<repo_id>} and tagged {@code pulp:repository:<repo_id>} and
 * {@code pulp:action:<action>}; importer and distributor tasks also carry {@code pulp:repository_importer:<id>}
 * or {@code pulp:repository_distributor:<id>}. Values are already validated by the REST API (configs by the
 * plugin); a worker re-checks that the repository, importer or distributor still exists.
 */
public final class RepositoryTasks {

    public static final String DELETE = "pulp.server.tasks.repository.delete";
    public static final String SET_IMPORTER = "pulp.server.managers.repo.importer.set_importer";
    public static final String UPDATE_IMPORTER = "pulp.server.managers.repo.importer.update_importer_config";
    public static final String REMOVE_IMPORTER = "pulp.server.managers.repo.importer.remove_importer";
    public static final String UPDATE_DISTRIBUTOR = "pulp.server.tasks.repository.distributor_update";
    public static final String REMOVE_DISTRIBUTOR = "pulp.server.tasks.repository.distributor_delete";
    public static final String SYNC = "pulp.server.managers.repo.sync.sync";
    public static final String PUBLISH = "pulp.server.managers.repo.publish.publish";

    private RepositoryTasks() {
    }

    public static TaskRequest delete(String repoId) {
        return request(DELETE, repoId, "delete", null, Map.of("repo_id", repoId));
    }

    public static TaskRequest setImporter(String repoId, String typeId, Map<String, Object> config) {
        return request(SET_IMPORTER, repoId, "add_importer", null, args("repo_id", repoId,
                "importer_type_id", typeId, "importer_config", config));
    }

    public static TaskRequest updateImporter(String repoId, String importerId, Map<String, Object> configDelta) {
        return request(UPDATE_IMPORTER, repoId, "update_importer", Tags.resource("repository_importer", importerId),
                args("repo_id", repoId, "importer_id", importerId, "importer_config", configDelta));
    }

    public static TaskRequest removeImporter(String repoId, String importerId) {
        return request(REMOVE_IMPORTER, repoId, "delete_importer", Tags.resource("repository_importer", importerId),
                args("repo_id", repoId, "importer_id", importerId));
    }

    public static TaskRequest updateDistributor(String repoId, String distributorId, Map<String, Object> configDelta,
                                                Boolean autoPublish) {
        Map<String, Object> args = args("repo_id", repoId, "distributor_id", distributorId, "distributor_config",
                configDelta);
        if (autoPublish != null) {
            args.put("auto_publish", autoPublish);
        }
        return request(UPDATE_DISTRIBUTOR, repoId, "update_distributor",
                Tags.resource("repository_distributor", distributorId), args);
    }

    public static TaskRequest removeDistributor(String repoId, String distributorId) {
        return request(REMOVE_DISTRIBUTOR, repoId, "remove_distributor",
                Tags.resource("repository_distributor", distributorId),
                args("repo_id", repoId, "distributor_id", distributorId));
    }

    public static TaskRequest sync(String repoId, Map<String, Object> overrideConfig) {
        return request(SYNC, repoId, "sync", null, args("repo_id", repoId, "override_config", overrideConfig));
    }

    public static TaskRequest publish(String repoId, String distributorId, Map<String, Object> overrideConfig) {
        return request(PUBLISH, repoId, "publish", null, args("repo_id", repoId, "distributor_id", distributorId,
                "override_config", overrideConfig));
    }

    private static TaskRequest request(String type, String repoId, String action, String extraTag,
                                       Map<String, Object> args) {
        List<String> tags = extraTag == null
                ? List.of(Tags.resource("repository", repoId), Tags.action(action))
                : List.of(Tags.resource("repository", repoId), extraTag, Tags.action(action));
        return TaskRequest.of(type, List.of(Tags.reservation("repository", repoId)), args, tags);
    }

    private static Map<String, Object> args(Object... keyValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            args.put((String) keyValues[i], value == null ? Map.of() : value);
        }
        return args;
    }
}
