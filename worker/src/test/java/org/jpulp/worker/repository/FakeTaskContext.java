package org.jpulp.worker.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskRequest;

/** A {@link TaskContext} for task type tests: the request's args, recorded progress and spawned requests. */
public final class FakeTaskContext implements TaskContext {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode args;
    private final Path workingDirectory;
    private final Map<String, Object> progress = new ConcurrentHashMap<>();
    private final List<TaskRequest> spawned = new CopyOnWriteArrayList<>();
    private volatile boolean canceled;

    public FakeTaskContext(TaskRequest request, Path workingDirectory) {
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
        if (canceled) {
            throw new TaskCanceledException(taskId());
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public String spawn(TaskRequest request) {
        spawned.add(request);
        return "spawned-" + spawned.size();
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    void cancel() {
        canceled = true;
    }

    List<TaskRequest> spawned() {
        return List.copyOf(spawned);
    }

    Map<String, Object> progress() {
        return Map.copyOf(progress);
    }
}
