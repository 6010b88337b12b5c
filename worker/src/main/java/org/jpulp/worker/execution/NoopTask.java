package org.jpulp.worker.execution;

import java.time.Duration;
import java.util.Map;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;

/**
 * {@code jpulp.tasks.noop}: a diagnostic task that optionally works for {@code sleep_ms} (checking for
 * cancellation) and fails when {@code fail} is true. Used to probe the engine and by its tests and benchmark.
 */
public final class NoopTask implements TaskType {

    public static final String NAME = "jpulp.tasks.noop";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object run(TaskContext context) throws InterruptedException {
        long sleepMs = context.args().path("sleep_ms").asLong(0);
        long deadline = System.nanoTime() + Duration.ofMillis(sleepMs).toNanos();
        while (System.nanoTime() < deadline) {
            context.checkCanceled();
            Thread.sleep(Math.min(20, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
        context.reportProgress("noop", Map.of("state", "FINISHED"));
        if (context.args().path("fail").asBoolean(false)) {
            throw new IllegalStateException(context.args().path("message").asText("asked to fail"));
        }
        return Map.of("slept_ms", sleepMs);
    }
}
