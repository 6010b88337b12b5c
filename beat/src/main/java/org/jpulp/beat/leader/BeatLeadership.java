package org.jpulp.beat.leader;

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
 * Active/standby between beats, as Pulp 2's {@code celery_beat_lock}: every heartbeat interval the active beat
 * renews its {@link LeaseLock} and a standby tries to take it, which succeeds once the holder stopped renewing
 * for a whole lease. Being active also expires by this process's clock one lease after the last successful
 * renewal, so a beat cut off from the database stops acting before another one can take over. A clean stop
 * releases the lock, so a standby takes over at its next try.
 */
public final class BeatLeadership implements Leadership, Managed {

    private static final Logger LOG = LoggerFactory.getLogger(BeatLeadership.class);

    private final LeaseLock lock;
    private final Clock clock;
    private final Duration tryEvery;
    private volatile Instant activeUntil;
    private boolean standbyLogged;
    private boolean failing;
    private ScheduledExecutorService timer;

    public BeatLeadership(LeaseLock lock, Clock clock, Duration tryEvery) {
        this.lock = lock;
        this.clock = clock;
        this.tryEvery = tryEvery;
    }

    @Override
    public boolean isActive() {
        Instant until = activeUntil;
        return until != null && clock.instant().isBefore(until);
    }

    /** Tries once now, so a beat that runs alone is active as soon as it has started. */
    @Override
    public void start() {
        tick();
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "jpulp-beat-leadership"));
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
                    LOG.warn("lost leadership: another beat holds the lock '{}'", lock.name());
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
                LOG.info("standing by: beat {} is active", previous.map(LeaseLock.Holder::owner).orElse("(unknown)"));
                standbyLogged = true;
            }
            return;
        }
        activeUntil = now.plus(lock.lease());
        standbyLogged = false;
        Optional<String> other = previous.map(LeaseLock.Holder::owner).filter(o -> !o.equals(lock.owner()));
        if (other.isPresent()) {
            LOG.warn("became active: failover occurred, beat {} stopped renewing the lock '{}'", other.get(), lock.name());
        } else {
            LOG.info("became active ({})", lock.owner());
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
