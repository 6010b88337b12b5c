package org.jpulp.common.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * In-memory twin of the real dispatcher for tests: records every request with a fresh task id and the time
 * (of the given clock) it was dispatched, and can be made to fail. Thread-safe.
 */
public final class RecordingTaskDispatcher implements TaskDispatcher {

    /** One accepted request. */
    public record Dispatched(String taskId, TaskRequest request, Instant at) {
    }

    private final Clock clock;
    private final List<Dispatched> dispatched = new CopyOnWriteArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public RecordingTaskDispatcher() {
        this(Clock.systemUTC());
    }

    public RecordingTaskDispatcher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String dispatch(TaskRequest request) {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
        String taskId = UUID.randomUUID().toString();
        dispatched.add(new Dispatched(taskId, request, clock.instant()));
        return taskId;
    }

    public List<Dispatched> dispatched() {
        return List.copyOf(dispatched);
    }

    public List<TaskRequest> requests() {
        return dispatched.stream().map(Dispatched::request).toList();
    }

    /** Every later dispatch throws {@code e}, until {@link #succeed()}. */
    public void failWith(RuntimeException e) {
        failure.set(e);
    }

    public void succeed() {
        failure.set(null);
    }

    /** The only dispatch so far; fails when there were none or several. */
    public Dispatched single() {
        List<Dispatched> all = dispatched();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one dispatched task, got " + all.size());
        }
        return all.get(0);
    }

    public void clear() {
        dispatched.clear();
    }
}
