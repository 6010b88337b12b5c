package org.jpulp.testing.task;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A task dispatcher for tests: records every request and answers a fresh UUID4 task id, running nothing.
 * <p>
 * The {@code testing} module cannot depend on {@code jpulp-common} (common's own tests depend on this module, so
 * Maven would see a cycle), hence the type parameter instead of {@code implements TaskDispatcher}; adapt it with
 * a method reference:
 * <pre>{@code
 * RecordingTaskDispatcher<TaskRequest> tasks = new RecordingTaskDispatcher<>();
 * TaskDispatcher dispatcher = tasks::dispatch;
 * }</pre>
 *
 * @param <R> the request type ({@code org.jpulp.common.task.TaskRequest})
 */
public final class RecordingTaskDispatcher<R> {

    private final List<Dispatched<R>> dispatched = new ArrayList<>();

    public synchronized String dispatch(R request) {
        String id = UUID.randomUUID().toString();
        dispatched.add(new Dispatched<>(id, request));
        return id;
    }

    /** Every dispatch so far, oldest first. */
    public synchronized List<Dispatched<R>> dispatched() {
        return List.copyOf(dispatched);
    }

    /** The requests so far, oldest first. */
    public synchronized List<R> requests() {
        return dispatched.stream().map(Dispatched::request).toList();
    }

    /** The only dispatch so far; fails when there were none or several. */
    public synchronized Dispatched<R> single() {
        if (dispatched.size() != 1) {
            throw new AssertionError("expected exactly one dispatched task, got " + dispatched.size());
        }
        return dispatched.get(0);
    }

    public synchronized void clear() {
        dispatched.clear();
    }

    /** A request and the task id it was given. */
    public record Dispatched<R>(String taskId, R request) {
    }
}
