package org.jpulp.plugin.rpm.testbed;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.plugin.rpm.RpmMigrations;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.testing.time.MutableClock;

/**
 * For upload tests: the RPM plugin's content model on a (fresh) MongoDB database, with a content store under
 * {@code root/storage}.
 */
public final class UploadTestBed {

    public final MongoDatabase db;
    public final Path storage;
    public final ContentStore store;
    public final UnitStore units;
    public final RepoContentUnits associations;
    public final MutableClock clock = new MutableClock();
    private final Path root;

    public UploadTestBed(MongoDatabase db, Path root) {
        db.drop();
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(RpmMigrations.migrations());
        this.db = db;
        this.root = root;
        this.storage = root.resolve("storage");
        this.store = new ContentStore(new StorageLayout(storage), false);
        this.units = new MongoUnitStore(db, RpmUnits.ALL, clock);
        this.associations = new MongoRepoContentUnits(db, clock);
    }

    public PluginDocuments documents() {
        return new MongoPluginDocuments(db);
    }

    public UploadContext upload(String repoId, String typeId, Map<String, Object> unitKey,
                                Map<String, Object> unitMetadata, Path file, Map<String, Object> config) {
        return new Upload(repoId, new PluginConfig(config), root.resolve("work"), store, units, associations, db,
                clock, typeId, unitKey, unitMetadata, file);
    }

    private record Upload(String repoId, PluginConfig config, Path workingDirectory, ContentStore contentStore,
                          UnitStore units, RepoContentUnits associations, MongoDatabase db, Clock clock,
                          String unitTypeId,
                          Map<String, Object> unitKey, Map<String, Object> unitMetadata, Path file)
            implements UploadContext {

        @Override
        public PluginDocuments documents() {
            return new MongoPluginDocuments(db);
        }

        @Override
        public void reportProgress(Object report) {
        }

        @Override
        public void checkCanceled() {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    }
}
