package org.jpulp.plugin.rpm.testbed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryPluginDocuments;
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.testing.time.MutableClock;

/**
 * A storage root, the content model (in memory unless given) and publish contexts built the way the worker builds
 * them. Under {@code root}: {@code storage/} (storage_dir) and {@code work/} (task working directories).
 */
public final class RpmTestBed {

    public final Path root;
    public final Path storage;
    public final MutableClock clock = new MutableClock();
    public final ContentStore store;
    public final UnitStore units;
    public final RepoContentUnits associations;
    public final PluginDocuments documents;
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

    public PublishContext publish(FakeTask task, String repoId, String distributorId, Map<String, Object> config) {
        return TaskPluginContexts.publish(task, distributorId, repoId, new PluginConfig(config), services());
    }

    public Path published(String protocol, String relativeUrl) {
        return storage.resolve("published").resolve("yum").resolve(protocol).resolve("repos").resolve(relativeUrl);
    }
}
