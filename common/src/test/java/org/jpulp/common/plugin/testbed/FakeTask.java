package org.jpulp.common.plugin.testbed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskRequest;

/** A {@link TaskContext} for plugin tests: records progress reports, can be canceled from any thread. */
public final class FakeTask implements TaskContext {

    private final String id;
    private final Path workingDirectory;
    private final AtomicBoolean canceled = new AtomicBoolean();
    private final Map<String, Object> progress = new ConcurrentHashMap<>();
    private final List<Object> reports = new CopyOnWriteArrayList<>();

    public FakeTask(String id, Path workingDirectory) {
        this.id = id;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String taskId() {
        return id;
    }

    @Override
    public JsonNode args() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public void reportProgress(String reportId, Object report) {
        progress.put(reportId, report);
        reports.add(report);
    }

    @Override
    public void checkCanceled() {
        if (canceled.get()) {
            throw new TaskCanceledException(id);
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled.get();
    }

    @Override
    public String spawn(TaskRequest request) {
        throw new UnsupportedOperationException("plugin tests spawn nothing");
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    public void cancel() {
        canceled.set(true);
    }

    /** The last report under {@code reportId} when it is a map (syncs, ISO publishes). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> progress(String reportId) {
        return (Map<String, Object>) progress.get(reportId);
    }

    /**
     * The last report under {@code reportId}, as the task's {@code progress_report[reportId]} would show it: a map for
     * syncs, a list of steps for yum publishes.
     */
    public Object report(String reportId) {
        return progress.get(reportId);
    }

    public List<Object> reports() {
        return List.copyOf(reports);
    }
}
