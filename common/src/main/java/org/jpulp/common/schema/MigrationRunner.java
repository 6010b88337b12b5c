package org.jpulp.common.schema;

import com.mongodb.client.MongoDatabase;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the pending migrations of a {@link MigrationPackage} in version order, saving the tracker after each one,
 * so a failure or a crash leaves the tracker at the last migration that completed and the next run resumes there.
 * Callers serialise runs (see {@link SchemaBootstrap}); the runner itself takes no lock.
 */
public final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final MongoDatabase db;
    private final MigrationTrackers trackers;
    private final Runnable beforeEachMigration;

    public MigrationRunner(MongoDatabase db) {
        this(db, () -> { });
    }

    /** @param beforeEachMigration e.g. a lock renewal that throws when the lock was lost */
    public MigrationRunner(MongoDatabase db, Runnable beforeEachMigration) {
        this.db = Objects.requireNonNull(db, "db");
        this.trackers = new MigrationTrackers(db);
        this.beforeEachMigration = Objects.requireNonNull(beforeEachMigration, "beforeEachMigration");
    }

    /**
     * @return the version the package's tracker shows afterwards
     * @throws SchemaNotReadyException when the database is at a version newer than the package knows
     * @throws MigrationFailedException when a migration throws
     */
    public int run(MigrationPackage pkg) {
        String tracker = pkg.trackerName();
        int start = trackers.version(tracker);
        if (start > pkg.latestVersion()) {
            throw new SchemaNotReadyException(newerMessage(tracker, start, pkg.latestVersion()));
        }
        int current = start;
        for (Migration migration : pkg.migrations()) {
            if (migration.version() <= current) {
                continue;
            }
            beforeEachMigration.run();
            LOG.info("applying {} migration {}: {}", tracker, migration.version(), migration.description());
            try {
                migration.apply(db);
            } catch (RuntimeException e) {
                throw new MigrationFailedException(tracker + " migration " + migration.version() + " ("
                        + migration.description() + ") failed, schema stays at " + current + ": " + e.getMessage(), e);
            }
            trackers.record(tracker, migration.version());
            current = migration.version();
        }
        if (current != start) {
            LOG.info("schema {} migrated from {} to {}", tracker, start, current);
        }
        return current;
    }

    static String newerMessage(String tracker, int found, int known) {
        String what = PlatformMigrations.TRACKER.equals(tracker) ? "database schema" : "database schema " + tracker;
        return what + " " + found + " is newer than this jpulp (" + known + "): upgrade jpulp";
    }
}
