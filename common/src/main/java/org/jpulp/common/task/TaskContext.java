package org.jpulp.common.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** What a running task sees of the engine. */
public interface TaskContext {

    String taskId();

    /** The request's arguments as JSON. */
    JsonNode args();

    /**
     * Replaces {@code progress_report[reportId]} (e.g. {@code yum_importer}). Cheap to call often: writes are
     * throttled, and the last report is always written before the task ends.
     */
    void reportProgress(String reportId, Object report);

    /** Throws {@link TaskCanceledException} once the task has been canceled. */
    void checkCanceled();

    boolean isCanceled();

    /** Dispatches a follow-up task and records it in this task's {@code spawned_tasks}. */
    String spawn(TaskRequest request);

    /** A scratch directory for this task only, removed when it ends. */
    Path workingDirectory();
}
