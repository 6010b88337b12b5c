package org.jpulp.beat.liveness;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.leader.Leadership;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.common.liveness.ProcessRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every heartbeat interval, finds processes silent for longer than {@link TasksConfig#lostAfter()}, retires each
 * record and hands it to the {@link LostProcessHandler}s. Retiring is conditional, so with two beats only one
 * handles a lost process. Only the active beat sweeps. A failing round is logged and the next one runs.
 */
public final class LostProcessWatch implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(LostProcessWatch.class);

    private final ProcessRegistry registry;
    private final Clock clock;
    private final TasksConfig tasks;
    private final Set<LostProcessHandler> handlers;
    private final Leadership leadership;
    private ScheduledExecutorService timer;

    public LostProcessWatch(ProcessRegistry registry, Clock clock, TasksConfig tasks, Set<LostProcessHandler> handlers,
                            Leadership leadership) {
        this.registry = registry;
        this.leadership = leadership;
        this.clock = clock;
        this.tasks = tasks;
        this.handlers = handlers;
    }

    @Override
    public void start() {
        long period = tasks.heartbeatInterval().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-lost-process-watch"));
        timer.scheduleWithFixedDelay(this::safeSweep, period, period, TimeUnit.MILLISECONDS);
    }

    private void safeSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("liveness sweep failed, next one in {} ms: {}", tasks.heartbeatInterval().toMillis(), e.toString());
        }
    }

    /** One round; public so tests can drive it with a controlled clock. */
    public void sweep() {
        if (!leadership.isActive()) {
            return;
        }
        Instant cutoff = clock.instant().minus(tasks.lostAfter());
        for (ProcessRecord lost : registry.silentSince(cutoff)) {
            if (registry.retire(lost)) {
                LOG.error("{} is lost: no heartbeat since {}", lost.name(), lost.lastHeartbeat());
                handlers.forEach(h -> h.onLost(lost));
            }
        }
    }

    @Override
    public void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
