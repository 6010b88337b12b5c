package org.jpulp.plugin.rpm.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryPluginDocuments;
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.common.plugin.testbed.FastRetrySyncContext;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.sync.YumImporter;
import org.jpulp.testing.time.MutableClock;

/**
 * A storage root, the content model (in memory unless given) and sync contexts built the way the worker builds them.
 * Under {@code root}: {@code storage/} (storage_dir), {@code work/} (task working directories) and {@code outside/},
 * which must stay empty whatever a feed says. Publish contexts are built the same way.
 */
public final class RpmTestBed {

    public final Path root;
    public final Path storage;
    public final MutableClock clock = new MutableClock();
    public final ContentStore store;
    public final UnitStore units;
    public final RepoContentUnits associations;
    public final PluginDocuments documents;
    public final YumImporter importer = new YumImporter();
    private final AtomicInteger tasks = new AtomicInteger();

    public RpmTestBed(Path root) {
        this(root, null, null, null);
    }

    public RpmTestBed(Path root, UnitStore units, RepoContentUnits associations, PluginDocuments documents) {
        this.root = root;
        this.storage = root.resolve("storage");
        this.store = new ContentStore(new StorageLayout(storage), false);
        this.units = units != null ? units : new InMemoryUnitStore(RpmUnits.ALL, clock);
        this.associations = associations != null ? associations : new InMemoryRepoContentUnits(clock);
        this.documents = documents != null ? documents : new InMemoryPluginDocuments();
        try {
            Files.createDirectories(root.resolve("outside"));
            Files.createDirectories(storage);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public PluginServices services() {
        return new PluginServices(store, units, associations, clock, documents);
    }

    public FakeTask newTask() {
        int n = tasks.incrementAndGet();
        return new FakeTask("task-" + n, root.resolve("work").resolve("task-" + n));
    }

    public SyncContext sync(FakeTask task, String repoId, Map<String, Object> config) {
        return new FastRetrySyncContext(TaskPluginContexts.sync(task, YumImporter.ID, repoId,
                new PluginConfig(config), services()));
    }

    /** Runs a sync in a new task; returns the report (throws what the sync throws). */
    public SyncReport sync(String repoId, Map<String, Object> config) throws Exception {
        return importer.sync(sync(newTask(), repoId, config));
    }

    public List<Unit> repoUnits(String repoId, String typeId) {
        return units.get(typeId, associations.unitIds(repoId, typeId));
    }

    /** Nothing was written outside {@code storage/} and {@code work/}, and no staging file is left. */
    public void assertNothingOutsideTheStorageRoots() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)))
                    .allSatisfy(p -> assertThat(p.startsWith(storage) || p.startsWith(root.resolve("work"))
                            || p.startsWith(root.resolve("feed"))).as("%s is inside a storage root", p).isTrue());
        }
        try (Stream<Path> outside = Files.list(root.resolve("outside"))) {
            assertThat(outside).isEmpty();
        }
        Path staging = store.layout().staging();
        if (Files.exists(staging)) {
            try (Stream<Path> staged = Files.list(staging)) {
                assertThat(staged).as("staging files left").isEmpty();
            }
        }
    }

    public PublishContext publish(FakeTask task, String repoId, String distributorId, Map<String, Object> config) {
        return TaskPluginContexts.publish(task, distributorId, repoId, new PluginConfig(config), services());
    }

    public Path published(String protocol, String relativeUrl) {
        return storage.resolve("published").resolve("yum").resolve(protocol).resolve("repos").resolve(relativeUrl);
    }
}
