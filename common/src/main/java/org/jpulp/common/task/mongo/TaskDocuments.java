package org.jpulp.common.task.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.common.task.NewTask;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.task.TaskState;

/** Maps task records to and from {@code task_status} documents (Pulp 2's fields plus the engine's own). */
final class TaskDocuments {

    private TaskDocuments() {
    }

    static Document newTask(NewTask task) {
        TaskRequest r = task.request();
        return new Document("_id", new ObjectId())
                .append("task_id", task.taskId())
                .append("task_type", r.taskType())
                .append("state", TaskState.WAITING.wire())
                .append("worker_name", null)
                .append("tags", r.tags())
                .append("resources", r.resources())
                .append("args", BsonValues.toBson(r.args()))
                .append("seq", task.sequence())
                .append("attempt", 0)
                .append("rerun_on_worker_loss", r.rerunOnWorkerLoss())
                .append("reruns", 0)
                .append("scheduled_call_id", r.scheduledCallId())
                .append("dispatched_at", Date.from(task.dispatchedAt()))
                .append("assigned_at", null)
                .append("start_time", null)
                .append("finish_time", null)
                .append("result", null)
                .append("error", null)
                .append("exception", null)
                .append("traceback", null)
                .append("progress_report", new Document())
                .append("spawned_tasks", List.of())
                .append("group_id", null)
                .append("_ns", PulpCollections.TASK_STATUS);
    }

    static TaskRecord record(Document d) {
        return new TaskRecord(d.getString("task_id"), d.getString("task_type"), TaskState.fromWire(d.getString("state")),
                d.getString("worker_name"), strings(d, "tags"), strings(d, "resources"),
                BsonValues.mapFromBson(d.get("args")), ((Number) d.get("seq")).longValue(),
                d.getInteger("attempt", 0), d.getBoolean("rerun_on_worker_loss", false), d.getInteger("reruns", 0),
                d.getString("scheduled_call_id"), instant(d, "dispatched_at"), instant(d, "assigned_at"),
                instant(d, "start_time"), instant(d, "finish_time"), BsonValues.fromBson(d.get("result")),
                BsonValues.mapFromBson(d.get("error")), d.getString("traceback"),
                BsonValues.mapFromBson(d.get("progress_report", new Document())), strings(d, "spawned_tasks"),
                d.getObjectId("_id").toHexString());
    }

    private static List<String> strings(Document d, String key) {
        List<String> values = d.getList(key, String.class);
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }
}
