package org.jpulp.common.leader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.lifecycle.Managed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active/standby between processes of one role (beats, resource managers), as Pulp 2's {@code celery_beat_lock}
 * and {@code resource_manager_lock}: every heartbeat interval the active process renews its {@link LeaseLock}
 * and a standby tries to take it, which succeeds once the holder stopped renewing for a whole lease. Being active
 * also expires by this process's clock one lease after the last successful renewal, so a process cut off from
 * the database stops acting before another one can take over. A clean stop releases the lock, so a standby takes
 * over at its next try. A {@link Listener} hears of each change, on the leadership thread.
 */
public final class LeaseLeadership implements Leadership, Managed {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseLeadership.class);

    /** Told when this process becomes active and when it stops being active. */
    public interface Listener {

        Listener NONE = new Listener() {
            @Override
            public void elected() {
            }

            @Override
            public void demoted() {
            }
        };

        void elected() throws Exception;

        void demoted() throws Exception;
    }

    private final String role;
    private final Listener listener;
    private final LeaseLock lock;
    private final Clock clock;
    private final Duration tryEvery;
    private volatile Instant activeUntil;
    private boolean standbyLogged;
    private boolean failing;
    private ScheduledExecutorService timer;

    public LeaseLeadership(String role, LeaseLock lock, Clock clock, Duration tryEvery, Listener listener) {
        this.role = role;
        this.listener = listener;
        this.lock = lock;
        this.clock = clock;
        this.tryEvery = tryEvery;
    }

    @Override
    public boolean isActive() {
        Instant until = activeUntil;
        return until != null && clock.instant().isBefore(until);
    }

    /** Tries once now, so a process that runs alone is active as soon as it has started. */
    @Override
    public void start() {
        tick();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-leadership"));
        long period = tryEvery.toMillis();
        timer.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** One renewal or takeover attempt; public so tests drive it with a controlled clock. */
    public synchronized void tick() {
        Instant now = clock.instant();
        try {
            if (activeUntil != null && lock.renew()) {
                activeUntil = now.plus(lock.lease());
            } else {
                if (activeUntil != null) {
                    activeUntil = null;
                    LOG.warn("lost leadership: another {} holds the lock '{}'", role, lock.name());
                    tell(false);
                }
                tryToTakeOver(now);
            }
            recovered();
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("leadership check failed, will keep trying every {} ms: {}", tryEvery.toMillis(), e.toString());
                failing = true;
            }
        }
    }

    private void tryToTakeOver(Instant now) {
        Optional<LeaseLock.Holder> previous = lock.holder();
        if (!lock.tryAcquire()) {
            if (!standbyLogged) {
                LOG.info("standing by: {} {} is active", role, previous.map(LeaseLock.Holder::owner).orElse("(unknown)"));
                standbyLogged = true;
            }
            return;
        }
        activeUntil = now.plus(lock.lease());
        standbyLogged = false;
        Optional<String> other = previous.map(LeaseLock.Holder::owner).filter(o -> !o.equals(lock.owner()));
        if (other.isPresent()) {
            LOG.warn("became active: failover occurred, {} {} stopped renewing the lock '{}'", role, other.get(),
                    lock.name());
        } else {
            LOG.info("became active ({})", lock.owner());
        }
        tell(true);
    }

    private void tell(boolean elected) {
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

    private void recovered() {
        if (failing) {
            LOG.info("leadership check works again");
            failing = false;
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (timer != null) {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (activeUntil != null) {
            activeUntil = null;
            tell(false);
            try {
                lock.release();
                LOG.info("stepped down: released the lock '{}'", lock.name());
            } catch (RuntimeException e) {
                LOG.warn("could not release the lock '{}'; a standby takes over when it expires: {}", lock.name(),
                        e.toString());
            }
        }
    }
}
