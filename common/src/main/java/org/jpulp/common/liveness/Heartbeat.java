package org.jpulp.common.liveness;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records that this process is alive every heartbeat interval. The first heartbeat is written during
 * {@link #start()}, so a started process is visible at once; a clean stop removes the record so the process
 * leaves {@code /status/} immediately rather than after the timeout.
 */
public final class Heartbeat implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final String name;
    private final ProcessRegistry registry;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private boolean failing;

    public Heartbeat(String name, ProcessRegistry registry, Clock clock, Duration interval) {
        this.name = name;
        this.registry = registry;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void start() {
        registry.heartbeat(name, clock.instant());
        LOG.info("{} is online (heartbeat every {} ms)", name, interval.toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-heartbeat"));
        timer.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void beat() {
        try {
            registry.heartbeat(name, clock.instant());
            if (failing) {
                LOG.info("{} heartbeat recovered", name);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("{} heartbeat failed, will keep trying: {}", name, e.toString());
                failing = true;
            }
        }
    }

    @Override
    public void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        try {
            registry.remove(name);
            LOG.info("{} went offline", name);
        } catch (RuntimeException e) {
            LOG.warn("{} could not remove its liveness record: {}", name, e.toString());
        }
    }
}
