package org.jpulp.plugin.iso.testbed;

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
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadRequest;
import org.jpulp.common.plugin.testbed.FakeTask;
import org.jpulp.common.plugin.testbed.FastRetrySyncContext;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.publish.IsoDistributor;
import org.jpulp.plugin.iso.sync.IsoImporter;
import org.jpulp.testing.time.MutableClock;

/**
 * A storage root, the content model (in memory unless given) and contexts built the way the worker builds them
 * ({@link TaskPluginContexts} on a task). Under {@code root}: {@code storage/} (storage_dir), {@code work/} (task
 * working directories) and {@code outside/}, which must stay empty whatever a feed says.
 */
public final class IsoTestBed {

    public final Path root;
    public final Path storage;
    public final MutableClock clock = new MutableClock();
    public final ContentStore store;
    public final UnitStore units;
    public final RepoContentUnits associations;
    public final IsoImporter importer = new IsoImporter();
    public final IsoDistributor distributor = new IsoDistributor();
    private final AtomicInteger tasks = new AtomicInteger();

    public IsoTestBed(Path root) {
        this(root, null, null);
    }

    public IsoTestBed(Path root, UnitStore units, RepoContentUnits associations) {
        this.root = root;
        this.storage = root.resolve("storage");
        this.store = new ContentStore(new StorageLayout(storage));
        this.units = units != null ? units : new InMemoryUnitStore(List.of(IsoUnits.TYPE), clock);
        this.associations = associations != null ? associations : new InMemoryRepoContentUnits(clock);
        try {
            Files.createDirectories(root.resolve("outside"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public PluginServices services() {
        return new PluginServices(store, units, associations, clock);
    }

    public FakeTask newTask() {
        int n = tasks.incrementAndGet();
        return new FakeTask("task-" + n, root.resolve("work").resolve("task-" + n));
    }

    /** A sync context as the worker builds it, except that downloads retry without waiting. */
    public SyncContext sync(FakeTask task, String repoId, Map<String, Object> config) {
        return new FastRetrySyncContext(TaskPluginContexts.sync(task, IsoImporter.ID, repoId, new PluginConfig(config),
                services()));
    }

    public PublishContext publish(FakeTask task, String repoId, String distributorId, Map<String, Object> config) {
        return TaskPluginContexts.publish(task, distributorId, repoId, new PluginConfig(config), services());
    }

    public UploadContext upload(FakeTask task, String repoId, Map<String, Object> config, UploadRequest request) {
        return TaskPluginContexts.upload(task, IsoImporter.ID, repoId, new PluginConfig(config), services(), request);
    }

    public Path published(String protocol, String relativeUrl) {
        return storage.resolve("published").resolve(protocol).resolve("isos").resolve(relativeUrl);
    }

    /** Nothing was written outside {@code storage/} and {@code work/}, and no staging file is left. */
    public void assertNothingOutsideTheStorageRoots() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)))
                    .allSatisfy(p -> assertThat(p.startsWith(storage) || p.startsWith(root.resolve("work")))
                            .as("%s is inside a storage root", p).isTrue());
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
}
