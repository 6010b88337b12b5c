package org.jpulp.common.schema;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What beat does to the database at start, like Pulp 2's {@code pulp-manage-db}: under the lock
 * {@value #LOCK_NAME} in {@code locks}, apply the pending platform migrations and then every plugin package
 * (sorted by tracker name), ensure every platform index, the role {@value SuperUsers#ROLE_ID} and, when no user
 * has it, the default admin. Idempotent. Two beats starting together take turns: the second waits for the lock,
 * then finds nothing to do. A lock left by a beat that died expires after {@link #LOCK_LEASE} and is taken over.
 */
public final class SchemaBootstrap {

    public static final String LOCK_NAME = "schema-migration";
    /** How long the migration lock outlives its holder; the holder renews it every third of this. */
    public static final Duration LOCK_LEASE = Duration.ofSeconds(60);
    /** How often a waiting beat tries the lock again. */
    public static final Duration LOCK_POLL = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(SchemaBootstrap.class);

    private final MongoDatabase db;
    private final ServerConfig server;
    private final Clock clock;
    private final String owner;
    private final List<MigrationPackage> pluginPackages;
    private final Sleeper sleeper;
    private final PasswordHasher hasher;

    public SchemaBootstrap(MongoDatabase db, ServerConfig server, Clock clock, String owner) {
        this(db, server, clock, owner, List.of(), Sleeper.SYSTEM);
    }

    /**
     * @param owner who runs it, for the lock and the log (e.g. the process name); made unique per instance here
     * @param pluginPackages migrations of installed plugins, each under its own tracker name
     * @param sleeper waits between lock attempts
     */
    public SchemaBootstrap(MongoDatabase db, ServerConfig server, Clock clock, String owner,
                           List<MigrationPackage> pluginPackages, Sleeper sleeper) {
        this.db = Objects.requireNonNull(db, "db");
        this.server = Objects.requireNonNull(server, "server");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owner = Objects.requireNonNull(owner, "owner") + "#" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        this.pluginPackages = pluginPackages.stream().sorted(Comparator.comparing(MigrationPackage::trackerName)).toList();
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.hasher = new PasswordHasher();
        if (this.pluginPackages.stream().anyMatch(p -> p.trackerName().equals(PlatformMigrations.TRACKER))) {
            throw new IllegalArgumentException("a plugin package may not use the tracker " + PlatformMigrations.TRACKER);
        }
    }

    /**
     * @return the platform schema version reached ({@link PlatformMigrations#LATEST_VERSION})
     * @throws SchemaNotReadyException when the database is newer than this build, or the wait for the lock was
     *         interrupted
     * @throws MigrationFailedException when a migration failed or the lock was lost meanwhile
     */
    public int run() {
        LeaseLock lock = new LeaseLock(db, LOCK_NAME, owner, LOCK_LEASE, clock);
        acquire(lock);
        try (LeaseKeeper keeper = LeaseKeeper.start(lock, LOCK_LEASE.dividedBy(3))) {
            MigrationRunner runner = new MigrationRunner(db, keeper::checkStillHeld);
            int version = runner.run(PlatformMigrations.migrations());
            for (MigrationPackage plugin : pluginPackages) {
                runner.run(plugin);
            }
            keeper.checkStillHeld();
            int created = PlatformMigrations.collections().stream().mapToInt(c -> c.ensure(db)).sum();
            if (created > 0) {
                LOG.info("created {} missing indexes", created);
            }
            SuperUsers superUsers = new SuperUsers(db, hasher);
            superUsers.ensureRole();
            superUsers.ensureAdmin(server.defaultLogin(), server.defaultPassword());
            LOG.debug("schema version {} ready", version);
            return version;
        } finally {
            release(lock);
        }
    }

    private static void release(LeaseLock lock) {
        try {
            lock.release();
        } catch (RuntimeException e) {
            LOG.warn("could not release the schema migration lock, it expires in {}: {}", lock.lease(), e.getMessage());
        }
    }

    private void acquire(LeaseLock lock) {
        boolean announced = false;
        while (!lock.tryAcquire()) {
            if (!announced) {
                lock.holder().ifPresent(h -> LOG.info("waiting for the schema migration lock held by {} (lease until {})",
                        h.owner(), h.expiresAt()));
                announced = true;
            }
            try {
                sleeper.sleep(LOCK_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaNotReadyException("interrupted while waiting for the schema migration lock", e);
            }
        }
        LOG.debug("schema migration lock taken by {}", lock.owner());
    }
}
