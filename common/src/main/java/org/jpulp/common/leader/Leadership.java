package org.jpulp.common.leader;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active/standby between processes of one role through a {@link LeaseLock}: every {@code interval} the holder
 * renews, the others try to take the lock; whoever holds it is active. {@link Listener}s hear of each change,
 * on the leadership thread. A failed round is logged and the next one runs; an active process that cannot renew
 * steps down before its lease could have expired.
 */
public final class Leadership implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(Leadership.class);

    /** Told when this process becomes active and when it stops being active. */
    public interface Listener {
        void elected() throws Exception;

        void demoted() throws Exception;
    }

    private final String role;
    private final LeaseLock lock;
    private final Duration interval;
    private final Listener listener;
    private ScheduledExecutorService timer;
    private volatile boolean active;

    public Leadership(String role, LeaseLock lock, Duration interval, Listener listener) {
        this.role = role;
        this.lock = lock;
        this.interval = interval;
        this.listener = listener;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-leadership-" + role));
        timer.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isActive() {
        return active;
    }

    /** One round; package-visible so tests can drive it. */
    void round() {
        boolean holds;
        try {
            holds = active ? lock.renew() : lock.tryAcquire();
        } catch (RuntimeException e) {
            LOG.warn("{} leadership check failed: {}", role, e.toString());
            holds = false;
        }
        if (holds && !active) {
            LOG.info("{} is now the active instance", role);
            active = true;
            notify(true);
        } else if (!holds && active) {
            LOG.warn("{} lost the active role; standing by", role);
            active = false;
            notify(false);
        }
    }

    private void notify(boolean elected) {
        try {
            if (elected) {
                listener.elected();
            } else {
                listener.demoted();
            }
        } catch (Exception e) {
            LOG.error("{} failed to switch to {}: {}", role, elected ? "active" : "standby", e.toString());
        }
    }

    @Override
    public void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        if (active) {
            active = false;
            notify(false);
            try {
                lock.release();
            } catch (RuntimeException e) {
                LOG.warn("{} could not release its lease: {}", role, e.toString());
            }
        }
    }
}
