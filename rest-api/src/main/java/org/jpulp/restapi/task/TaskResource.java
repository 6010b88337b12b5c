package org.jpulp.restapi.task;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.error.Forbidden;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskState;
import org.jpulp.common.task.TaskStore;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.search.SearchRequests;
import org.jpulp.restapi.http.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /pulp/api/v2/tasks/}: list (by tags), search, get, cancel and purge. */
public final class TaskResource implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(TaskResource.class);
    private static final Set<TaskState> PURGEABLE = EnumSet.of(TaskState.FINISHED, TaskState.ERROR, TaskState.SKIPPED);

    private final TaskStore tasks;
    private final Clock clock;

    @Inject
    public TaskResource(TaskStore tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/tasks/", this::list);
        new ApiRoutes(routes)
                .post("/tasks/search/", Operation.READ, "Search tasks", ctx -> search(ctx, SearchRequests.fromBody(ctx)),
                        200, 400)
                .get("/tasks/search/", Operation.READ, "Search tasks (query form)",
                        ctx -> search(ctx, SearchRequests.fromQuery(ctx)), 200, 400);
        routes.delete(API + "/tasks/", this::purge);
        routes.get(API + "/tasks/{task_id}/", this::get);
        routes.delete(API + "/tasks/{task_id}/", this::cancel);
    }

    private void list(Context ctx) {
        List<String> tags = ctx.queryParams("tag");
        ctx.json(tasks.withTags(tags).stream().map(t -> TaskReport.of(t, false)).toList());
    }

    private void search(Context ctx, Criteria criteria) {
        List<Map<String, Object>> found = tasks.search(criteria).stream().map(t -> TaskReport.of(t, false)).toList();
        ctx.json(SearchRequests.project(found, criteria.fields(), Set.of("_href", "task_id")));
    }

    private void get(Context ctx) {
        ctx.json(TaskReport.of(find(ctx.pathParam("task_id")), true));
    }

    private void cancel(Context ctx) {
        TaskRecord task = find(ctx.pathParam("task_id"));
        if (tasks.cancel(task.taskId(), clock.instant())) {
            LOG.info("task {} canceled", task.taskId());
        }
        Replies.nothing(ctx);
    }

    private void purge(Context ctx) {
        List<String> states = ctx.queryParams("state");
        if (states.isEmpty()) {
            throw new Forbidden("PLP1012", "No task state given to parameters list for delete.");
        }
        EnumSet<TaskState> chosen = EnumSet.noneOf(TaskState.class);
        for (String s : states) {
            TaskState state = parse(s);
            if (state == null || !PURGEABLE.contains(state)) {
                throw new CodedValidationException("PLP1011", "Invalid task state passed to purge: " + s + ".",
                        Map.of("state", s));
            }
            chosen.add(state);
        }
        long purged = tasks.purge(chosen);
        LOG.info("purged {} task(s) in {}", purged, states);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private TaskRecord find(String taskId) {
        return tasks.find(taskId).orElseThrow(() -> new MissingResource("task_id", taskId));
    }

    private static TaskState parse(String s) {
        try {
            return TaskState.fromWire(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
