package org.jpulp.common.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jpulp.common.task.TaskRequest;

/**
 * What a schedule dispatches, as Pulp 2 records it: a task type ({@code task}) called with positional
 * {@code args} and keyword {@code kwargs} (JSON-compatible values), plus what Pulp 2 derived from the call: the
 * resources the task reserves (e.g. {@code repository:zoo}), its tags and the user it runs as.
 *
 * <p>The dispatched {@link TaskRequest} carries the call as {@code {"args": [...], "kwargs": {...}}}, the way a
 * Celery message does, so a task type reads {@code args[0]} or {@code kwargs.overrides}.
 *
 * @param principal the login the task runs as, or null
 */
public record ScheduledTask(String task, List<Object> args, Map<String, Object> kwargs, List<String> reservedResources,
                            List<String> tags, String principal) {

    public static final String ARGS = "args";
    public static final String KWARGS = "kwargs";

    public ScheduledTask {
        Objects.requireNonNull(task, "task");
        args = Collections.unmodifiableList(new ArrayList<>(args));
        kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
        reservedResources = List.copyOf(reservedResources);
        tags = List.copyOf(tags);
    }

    public static ScheduledTask of(String task, List<Object> args, Map<String, Object> kwargs) {
        return new ScheduledTask(task, args, kwargs, List.of(), List.of(), null);
    }

    public ScheduledTask reserving(List<String> resources) {
        return new ScheduledTask(task, args, kwargs, resources, tags, principal);
    }

    public ScheduledTask taggedWith(List<String> newTags) {
        return new ScheduledTask(task, args, kwargs, reservedResources, newTags, principal);
    }

    public ScheduledTask runningAs(String login) {
        return new ScheduledTask(task, args, kwargs, reservedResources, tags, login);
    }

    ScheduledTask withCall(List<Object> newArgs, Map<String, Object> newKwargs) {
        return new ScheduledTask(task, newArgs, newKwargs, reservedResources, tags, principal);
    }

    /** The request for one run, marked as fired by the schedule. */
    public TaskRequest toRequest(String scheduleId) {
        return TaskRequest.of(task, reservedResources, Map.of(ARGS, args, KWARGS, kwargs), tags).firedBy(scheduleId);
    }
}
