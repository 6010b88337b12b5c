package org.jpulp.restapi.task;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.task.TaskQueues;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.IsoDates;

/** Pulp 2's task report (REST representation of a {@code task_status} document). */
public final class TaskReport {

    private TaskReport() {
    }

    public static String href(String taskId) {
        return CallReport.TaskLink.of(taskId).href();
    }

    /** @param withQueue only the single-task GET carries {@code queue} */
    public static Map<String, Object> of(TaskRecord t, boolean withQueue) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("_href", href(t.taskId()));
        r.put("_id", Hrefs.oid(t.documentId()));
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
        r.put("start_time", IsoDates.format(t.startTime()));
        r.put("finish_time", IsoDates.format(t.finishTime()));
        r.put("progress_report", t.progressReport() == null ? Map.of() : t.progressReport());
        r.put("result", t.result());
        r.put("error", t.error());
        r.put("exception", null);
        r.put("traceback", t.traceback());
        r.put("spawned_tasks", t.spawnedTasks().stream().map(CallReport.TaskLink::of).toList());
        return r;
    }
}
