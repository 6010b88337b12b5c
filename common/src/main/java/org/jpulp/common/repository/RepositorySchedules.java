package org.jpulp.common.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.schedule.ScheduledTask;
import org.jpulp.common.task.TaskRequest;

/**
 * Sync and publish schedules of repositories: the resource a schedule belongs to ({@code pulp:importer:<repo>:<id>},
 * {@code pulp:distributor:<repo>:<id>}, as in Pulp 2) and the call it fires, which is the same reserved task, with
 * the same tags, as {@code actions/sync/} and {@code actions/publish/} ({@link RepositoryTasks}). A fired call carries
 * its arguments the way Pulp 2 stores them, positionally ({@code [repo_id]} or {@code [repo_id, distributor_id]})
 * with {@code kwargs.overrides}; {@link #taskArgs} turns them back into the action's named arguments.
 */
public final class RepositorySchedules {

    /** Pulp 2's keyword argument for the schedule's {@code override_config}. */
    public static final String OVERRIDES = "overrides";

    private RepositorySchedules() {
    }

    public static String importerResource(String repoId, String importerId) {
        return "pulp:importer:" + repoId + ":" + importerId;
    }

    public static String distributorResource(String repoId, String distributorId) {
        return "pulp:distributor:" + repoId + ":" + distributorId;
    }

    public static ScheduledTask sync(String repoId, Map<String, Object> overrides, String principal) {
        return scheduled(RepositoryTasks.sync(repoId, overrides), List.of(repoId), overrides, principal);
    }

    public static ScheduledTask publish(String repoId, String distributorId, Map<String, Object> overrides,
                                        String principal) {
        return scheduled(RepositoryTasks.publish(repoId, distributorId, overrides), List.of(repoId, distributorId),
                overrides, principal);
    }

    private static ScheduledTask scheduled(TaskRequest action, List<Object> args, Map<String, Object> overrides,
                                           String principal) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put(OVERRIDES, overrides == null ? Map.of() : overrides);
        return new ScheduledTask(action.taskType(), args, kwargs, action.resources(), action.tags(), principal);
    }

    /**
     * A repository task's arguments by name: as they are when the REST API dispatched the task; from
     * {@code {"args": [...], "kwargs": {...}}} when a schedule fired it, with {@code positional} naming the
     * positional arguments and {@code kwargs.overrides} becoming {@code override_config}.
     */
    public static Map<String, Object> taskArgs(Map<String, Object> args, String... positional) {
        if (!(args.get(ScheduledTask.ARGS) instanceof List<?> list)
                || !(args.get(ScheduledTask.KWARGS) instanceof Map<?, ?> kwargs)) {
            return args;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < positional.length && i < list.size(); i++) {
            named.put(positional[i], list.get(i));
        }
        kwargs.forEach((k, v) -> named.put(OVERRIDES.equals(k) ? "override_config" : String.valueOf(k), v));
        return named;
    }
}
