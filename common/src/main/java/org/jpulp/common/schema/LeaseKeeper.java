package org.jpulp.common.schema;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jpulp.common.db.LeaseLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renews a held {@link LeaseLock} in the background while a long job runs, and fences each step of the job. */
final class LeaseKeeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final LeaseLock lock;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean lost = new AtomicBoolean();

    private LeaseKeeper(LeaseLock lock) {
        this.lock = lock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jpulp-lease-" + lock.name());
            t.setDaemon(true);
            return t;
        });
    }

    static LeaseKeeper start(LeaseLock lock, Duration every) {
        LeaseKeeper keeper = new LeaseKeeper(lock);
        keeper.timer.scheduleWithFixedDelay(keeper::renewQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return keeper;
    }

    /** Renews now; throws when the lock is no longer ours, so the job stops before its next step. */
    void checkStillHeld() {
        if (lost.get() || !lock.renew()) {
            lost.set(true);
            throw new MigrationFailedException("lost the lock '" + lock.name() + "' (lease of " + lock.lease()
                    + " expired); another process may hold it now");
        }
    }

    private void renewQuietly() {
        try {
            if (!lock.renew() && !lost.getAndSet(true)) {
                LOG.error("lost the lock '{}': its lease expired before it was renewed", lock.name());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the lock '{}': {}", lock.name(), e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
