package org.jpulp.common.schema;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jpulp.common.time.DurationText;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every role but beat: wait until beat has brought the platform schema to the version this build needs. */
public final class SchemaGate {

    /** The platform schema version this build's code needs. */
    public static final int REQUIRED_VERSION = PlatformMigrations.LATEST_VERSION;
    /** How often the tracker is read while waiting. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(SchemaGate.class);

    private final MigrationTrackers trackers;
    private final Clock clock;
    private final Sleeper sleeper;

    public SchemaGate(MongoDatabase db, Clock clock, Sleeper sleeper) {
        this.trackers = new MigrationTrackers(Objects.requireNonNull(db, "db"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Returns once {@code migration_trackers} shows at least {@link #REQUIRED_VERSION}.
     *
     * @throws SchemaNotReadyException at once when the schema is newer than this build knows, after
     *         {@code timeout} when it is still older, or when interrupted
     */
    public void await(Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        boolean announced = false;
        String lastProblem = null;
        int version = 0;
        while (true) {
            try {
                version = trackers.version(PlatformMigrations.TRACKER);
                lastProblem = null;
            } catch (MongoException e) {
                lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                LOG.warn("could not read the schema version: {}", lastProblem);
            }
            if (lastProblem == null && version > REQUIRED_VERSION) {
                throw new SchemaNotReadyException(MigrationRunner.newerMessage(PlatformMigrations.TRACKER, version,
                        REQUIRED_VERSION));
            }
            if (lastProblem == null && version >= REQUIRED_VERSION) {
                if (announced) {
                    LOG.info("schema version {} is ready", version);
                }
                return;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw new SchemaNotReadyException(lastProblem != null
                        ? "could not read the schema version after " + DurationText.seconds(timeout) + ": " + lastProblem
                        : "schema version " + version + " < required " + REQUIRED_VERSION + " after "
                                + DurationText.seconds(timeout) + ": is jpulp-beat running?");
            }
            if (!announced && lastProblem == null) {
                LOG.info("waiting up to {} for jpulp-beat to migrate the schema from version {} to {}",
                        DurationText.seconds(timeout), version, REQUIRED_VERSION);
                announced = true;
            }
            pause(Duration.between(now, deadline));
        }
    }

    private void pause(Duration remaining) {
        try {
            sleeper.sleep(remaining.compareTo(POLL_INTERVAL) < 0 ? remaining : POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaNotReadyException("interrupted while waiting for the schema", e);
        }
    }
}
