package org.jpulp.restapi.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskQueues;
import org.jpulp.restapi.http.Routes;

/** Pulp 2's task report (REST representation of a {@code task_status} document). */
public final class TaskReport {

    private TaskReport() {
    }

    public static String href(String taskId) {
        return Routes.API + "/tasks/" + taskId + "/";
    }

    /** A link to a task as in {@code spawned_tasks} and call reports. */
    public static Map<String, Object> link(String taskId) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("_href", href(taskId));
        link.put("task_id", taskId);
        return link;
    }

    /** The 202 body of an operation that queued tasks. */
    public static Map<String, Object> callReport(List<String> taskIds) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("result", null);
        report.put("error", null);
        report.put("spawned_tasks", taskIds.stream().map(TaskReport::link).toList());
        return report;
    }

    /** @param withQueue only the single-task GET carries {@code queue} */
    public static Map<String, Object> of(TaskRecord t, boolean withQueue) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("_href", href(t.taskId()));
        r.put("_id", Map.of("$oid", t.documentId()));
        r.put("id", t.documentId());
        r.put("_ns", "task_status");
        r.put("task_id", t.taskId());
        r.put("task_type", t.taskType());
        r.put("state", t.state().wire());
        r.put("worker_name", t.workerName());
        if (withQueue) {
            r.put("queue", t.workerName() == null ? "" : TaskQueues.worker(t.workerName()));
        }
        r.put("tags", t.tags());
        r.put("start_time", timestamp(t.startTime()));
        r.put("finish_time", timestamp(t.finishTime()));
        r.put("progress_report", t.progressReport() == null ? Map.of() : t.progressReport());
        r.put("result", t.result());
        r.put("error", t.error());
        r.put("exception", null);
        r.put("traceback", t.traceback());
        r.put("spawned_tasks", t.spawnedTasks().stream().map(TaskReport::link).toList());
        return r;
    }

    /** ISO-8601 UTC without fractions, as Pulp 2 writes times. */
    public static String timestamp(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
