package org.jpulp.common.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MigrationRunnerTest {

    private static final String TRACKER = "test.plugin";

    private final MongoDatabase db;
    private final List<Integer> applied = new ArrayList<>();

    MigrationRunnerTest(MongoDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() {
        db.drop();
    }

    @Test
    void appliesPendingMigrationsInVersionOrderAndRecordsTheTracker() {
        MigrationPackage pkg = new MigrationPackage(TRACKER, List.of(step(3), step(1), step(2)));

        int reached = new MigrationRunner(db).run(pkg);

        assertThat(reached).isEqualTo(3);
        assertThat(applied).containsExactly(1, 2, 3);
        assertThat(db.getCollection(MigrationTrackers.COLLECTION).find().first())
                .isEqualTo(new Document("_id", TRACKER).append("name", TRACKER).append("version", 3));
    }

    @Test
    void aFailingMigrationLeavesTheTrackerAtTheLastGoodVersionAndARerunResumes() {
        MigrationPackage broken = new MigrationPackage(TRACKER, List.of(step(1), step(2),
                step(3, d -> {
                    throw new IllegalStateException("disk full");
                }), step(4)));

        assertThatThrownBy(() -> new MigrationRunner(db).run(broken))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessage("test.plugin migration 3 (step 3) failed, schema stays at 2: disk full");
        assertThat(new MigrationTrackers(db).version(TRACKER)).isEqualTo(2);
        assertThat(applied).containsExactly(1, 2);

        applied.clear();
        MigrationPackage fixed = new MigrationPackage(TRACKER, List.of(step(1), step(2), step(3), step(4)));
        assertThat(new MigrationRunner(db).run(fixed)).isEqualTo(4);
        assertThat(applied).containsExactly(3, 4);
    }

    @Test
    void nothingToDoWhenUpToDate() {
        MigrationPackage pkg = new MigrationPackage(TRACKER, List.of(step(1), step(2)));
        new MigrationRunner(db).run(pkg);
        applied.clear();

        assertThat(new MigrationRunner(db).run(pkg)).isEqualTo(2);
        assertThat(applied).isEmpty();
    }

    @Test
    void aDatabaseNewerThanThePackageIsRefused() {
        new MigrationTrackers(db).record(PlatformMigrations.TRACKER, 5);

        assertThatThrownBy(() -> new MigrationRunner(db).run(PlatformMigrations.migrations()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessage("database schema 5 is newer than this jpulp (4): upgrade jpulp");
    }

    @Test
    void theHookRunsBeforeEachMigrationAndCanStopTheRun() {
        MigrationPackage pkg = new MigrationPackage(TRACKER, List.of(step(1), step(2)));
        Runnable lostLock = () -> {
            if (applied.size() == 1) {
                throw new MigrationFailedException("lost the lock");
            }
        };

        assertThatThrownBy(() -> new MigrationRunner(db, lostLock).run(pkg)).hasMessage("lost the lock");
        assertThat(new MigrationTrackers(db).version(TRACKER)).isEqualTo(1);
    }

    @Test
    void trackersNeverGoDown() {
        MigrationTrackers trackers = new MigrationTrackers(db);
        trackers.record(TRACKER, 3);
        trackers.record(TRACKER, 2);

        assertThat(trackers.version(TRACKER)).isEqualTo(3);
        assertThat(trackers.version("unknown")).isZero();
    }

    @Test
    void packagesRejectBadVersions() {
        assertThatThrownBy(() -> new MigrationPackage(TRACKER, List.of(step(1), step(1))))
                .hasMessage("test.plugin: two migrations have version 1");
        assertThatThrownBy(() -> new MigrationPackage(TRACKER, List.of(step(0))))
                .hasMessage("test.plugin: migration versions start at 1, found 0");
        assertThat(new MigrationPackage(TRACKER, List.of()).latestVersion()).isZero();
    }

    @Test
    void platformMigrationsEndAtTheVersionEveryRoleRequires() {
        assertThat(PlatformMigrations.migrations().latestVersion())
                .isEqualTo(PlatformMigrations.LATEST_VERSION)
                .isEqualTo(SchemaGate.REQUIRED_VERSION);
    }

    private Migration step(int version) {
        return step(version, d -> { });
    }

    private Migration step(int version, Consumer<MongoDatabase> body) {
        return new Migration() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public String description() {
                return "step " + version;
            }

            @Override
            public void apply(MongoDatabase target) {
                body.accept(target);
                applied.add(version);
            }
        };
    }
}
