package org.jpulp.restapi.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * Pulp 2's call report: {@code {result, error, spawned_tasks: [{_href, task_id}]}}, the 202 body of every
 * operation that queues work (and the 200 body of a repository update that queued none).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallReport(Object result, Object error, @JsonProperty("spawned_tasks") List<TaskLink> spawnedTasks) {

    public record TaskLink(@JsonProperty("_href") String href, @JsonProperty("task_id") String taskId) {
        public static TaskLink of(String taskId) {
            return new TaskLink(Routes.API + "/tasks/" + taskId + "/", taskId);
        }
    }

    public static CallReport spawned(List<String> taskIds) {
        return new CallReport(null, null, taskIds.stream().map(TaskLink::of).toList());
    }

    /** Answers 202 with the call report of the given tasks. */
    public static void accepted(Context ctx, List<String> taskIds) {
        ctx.status(HttpStatus.ACCEPTED).json(spawned(taskIds));
    }
}
