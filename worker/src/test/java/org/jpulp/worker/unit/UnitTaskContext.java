package org.jpulp.worker.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskRequest;

/** A {@link TaskContext} running one request's args, recording progress; spawning is not expected. */
final class UnitTaskContext implements TaskContext {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode args;
    private final Path workingDirectory;
    private final Map<String, Object> progress = new ConcurrentHashMap<>();

    UnitTaskContext(TaskRequest request, Path workingDirectory) {
        this.args = MAPPER.valueToTree(request.args());
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String taskId() {
        return "task-1";
    }

    @Override
    public JsonNode args() {
        return args;
    }

    @Override
    public void reportProgress(String reportId, Object report) {
        progress.put(reportId, report);
    }

    @Override
    public void checkCanceled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new TaskCanceledException(taskId());
        }
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public String spawn(TaskRequest request) {
        throw new AssertionError("unexpected spawn of " + request.taskType());
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }
}
